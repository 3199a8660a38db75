import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * `00-year` walks a whole year in one file, on periods of its own (2027 -> 2028), and runs first; the numbered
 * files after it (`01-operator…`, `02-verifier…`) tell the demo's 2026 period in more detail, each building on
 * the data the previous one left in the shared server, so files run by name, never by cached duration.
 */
class ByNameSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

// One API server + built admin for the whole run, one file at a time (the machine has 2 cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    setupFiles: ['./e2e/support/fail-on-page-problems.ts'],
    fileParallelism: false,
    sequence: { concurrent: false, sequencer: ByNameSequencer },
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
