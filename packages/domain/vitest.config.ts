import { defineConfig } from 'vitest/config';

// Property tests run hundreds of portfolios: give them room when the 2 cores are shared with other suites.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 60_000, maxWorkers: 2 } });
