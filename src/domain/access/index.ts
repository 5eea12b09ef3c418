export * from './roles';
export * from './UserAccess';
export * from './permissionPlan';
export * from './siteState';
export * from './compareSiteState';
export * from './healthFinding';
