/** Unit, component, adapter-contract, schema and package tests (npm test). Browser tests: tests/e2e/jest.config.js. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'classic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|idb)/)'],
  moduleNameMapper: {
    '^@microsoft/sp-(core-library|webpart-base|property-pane|component-base|http|loader)$': '<rootDir>/tests/mocks/sp-$1.ts',
    '\\.module\\.scss$': '<rootDir>/tests/mocks/styleModule.ts',
    '\\.(css|scss)$': '<rootDir>/tests/mocks/styleModule.ts',
    '\\.(png|svg|jpg)$': '<rootDir>/tests/mocks/fileAsset.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
};
