export * from './auditValues';
export * from './entityAuditValues';
export * from './diffVersions';
