import { defineConfig } from 'vitest/config';

// Integration tests open PGlite databases and hash passwords with argon2: slow on a shared 2-core machine.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // The server's JSON request log is noise in a test run; tests that read logs make their own logger.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
