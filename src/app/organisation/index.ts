export * from './saveOrgUnit';
export * from './setOrgUnitActive';
