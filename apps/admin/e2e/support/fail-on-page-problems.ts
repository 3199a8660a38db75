import { afterEach } from 'vitest';
import { describePageProblems, takePageProblems } from './page-guard';

// Loaded by vitest.e2e.config.ts for every spec: a test fails when its browser saw a CSP violation, a console
// error, an uncaught exception or a 5xx, even if every assertion it made passed.
afterEach(() => {
  const problems = takePageProblems();
  if (problems.length > 0) throw new Error(describePageProblems(problems));
});
