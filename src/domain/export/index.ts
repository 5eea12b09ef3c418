export * from './neutraliseFormula';
export * from './toCsv';
export * from './parseCsv';
