import { defineConfig } from 'vitest/config';

// Integration tests start PGlite instances and the wasm schema engine: slow on a shared 2-core machine.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
});
