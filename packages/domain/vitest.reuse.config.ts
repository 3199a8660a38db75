import { defineConfig } from 'vitest/config';

// `pnpm test:reuse`: packs, builds and installs the library like a reuser (reuse/reuse.test.ts).
export default defineConfig({
  test: { include: ['reuse/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000 },
});
