import { defineConfig } from 'vitest/config';

// The tests spawn the real CLI through tsx; each run takes about a second, more on a busy machine.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 } });
