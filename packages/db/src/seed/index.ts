// @inovda/db/seed: the idempotent Kabupaten Pati demo seed and the synthetic benchmark generator.
export { seedDemo } from './seed-demo.ts';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
export { DEMO_SPD_ANSWERS } from './demo-spd.ts';
export type { DemoSpdAnswer, DemoSpdRaw } from './demo-spd.ts';
export type { DemoAccount, DemoRole } from './accounts.ts';
export { DEMO_EDITION, DEMO_INTERNAL_DEADLINE, DEMO_YEAR } from './seed-base.ts';
export { FIXTURE_PATH, loadPatiFixture } from './fixture.ts';
export type { PatiFixture } from './fixture.ts';
export { generatePdf, generatePng } from './evidence-bytes.ts';
export type {
  SeedCounts,
  SeedDemoOptions,
  SeedDemoResult,
  SeedScoreAnswer,
  SeedScoreFn,
  SeedSpdTierFn,
  StoreBlobFn,
  StoreBlobMeta,
} from './types.ts';
export { seedSynthetic } from './seed-synthetic.ts';
export type { SyntheticOptions, SyntheticResult } from './seed-synthetic.ts';
