import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
    // jsdom renders of antd forms take seconds when the 2 cores are shared with the API suite.
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
