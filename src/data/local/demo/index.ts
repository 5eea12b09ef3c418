export * from './demoPerson';
export * from './norrkopingDemo';
export * from './generateLargeRegister';
export * from './requirementsDemo';
export * from './classificationDemo';
export * from './riskDemo';
export * from './demoPeople';
export * from './tasksDemo';
