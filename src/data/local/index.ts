export * from './LocalStore';
export * from './database';
export * from './IndexedDbOrgUnitRepository';
export * from './LocalWriteContext';
export * from './seed/SeedOrgUnit';
export * from './seed/writeSeed';
export * from './demo';
