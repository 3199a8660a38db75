import { defineConfig } from 'vitest/config';

// The tests read real files with pdfjs, Poppler and Tesseract: allow for a busy machine.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 120_000 } });
