export * from './errors';
export * from './OrgUnitRepository';
export * from './ClassificationRepository';
export * from './SharedInformationTypeRepository';
export * from './RequirementCatalogueRepository';
export * from './ActionPlanRepository';
export * from './HandoverRepository';
