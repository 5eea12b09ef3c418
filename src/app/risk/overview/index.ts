export * from './filterRegister';
export * from './loadRiskRegister';
