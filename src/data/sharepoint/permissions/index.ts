export { SharePointAccessReader, accessFromGroups } from './SharePointAccessReader';
export { SharePointPermissionAdmin, type PermissionAdminOptions } from './SharePointPermissionAdmin';
export { SCOPE_WARNING_LIMIT } from './healthAnalysis';
export { NEEDS_MANAGE_PERMISSIONS } from './permissionErrors';
export { UNIT_SOURCES, type UnitSource } from './unitOfItem';
