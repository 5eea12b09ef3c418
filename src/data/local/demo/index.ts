export * from './demoPerson';
export * from './norrkopingDemo';
export * from './generateLargeRegister';
