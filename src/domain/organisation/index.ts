export * from './OrgUnit';
export * from './validateOrgUnit';
export * from './hierarchy';
export * from './searchOrgUnits';
