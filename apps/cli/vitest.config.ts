import { defineConfig } from 'vitest/config';

// The tests spawn the real bundled bin (dist/inovda.mjs), built first when its sources changed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./scripts/vitest-global-setup.mjs'],
    testTimeout: 60_000,
  },
});
