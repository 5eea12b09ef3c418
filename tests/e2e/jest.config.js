/**
 * Browser tests (npm run test:e2e): playwright-core drives Debian's chromium against the local preview.
 * globalSetup starts the preview's Vite server on a free port; tests read its URL from LIS_PREVIEW_URL.
 */
const path = require('path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'classic' } },
      target: 'es2020',
    },
    // ignoreDynamic keeps `await import('vite')` native: Vite 7 is ESM-only.
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/e2e/globalTeardown.ts',
  // A budget per test on a loaded 2-core machine, not a performance assertion (timings live in bench/).
  testTimeout: 120000,
  slowTestThreshold: 30,
  verbose: true,
};
