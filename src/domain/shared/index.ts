export * from './Person';
export * from './Versioned';
export * from './Validation';
