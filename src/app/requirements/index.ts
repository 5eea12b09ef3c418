export * from './deps';
export * from './planFromStored';
export * from './deriveAndSavePlan';
export * from './updatePlanEntry';
export * from './handover';
export * from './catalogue';
export * from './procurement';
export * from './excel';
