import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: one API server + built admin for the whole run, tests in file order, one at a time
// (the flow tests build on each other's data and the machine has 2 cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
