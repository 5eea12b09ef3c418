export * from './errors';
export * from './OrgUnitRepository';
