// What the demo seed needs from its caller. db imports neither the domain nor the API, so the API passes
// the domain's scorer and its content-addressed evidence storage.
import type { Verdict } from '../generated/prisma/enums.ts';

/** One indicator answer as the scorer sees it (enough for claimed and verified maturity). */
export interface SeedScoreAnswer {
  code: string;
  claimedTier: number;
  basis: string | null;
  verdict: Verdict;
  verifiedTier: number | null;
  hasEvidence: boolean;
}

/** Claimed and verified maturity in exact hundredths, computed by the domain's rules for `editionCode`. */
export type SeedScoreFn = (
  answers: readonly SeedScoreAnswer[],
  editionCode: string,
) => { claimedX100: number; verifiedX100: number };

/**
 * Tier of a numeric SPD row from its raw figures by the domain's rule for `editionCode` (`deriveSpdTier`);
 * throws when the figures do not fit the row, which in the seed is a bug, not user input.
 */
export type SeedSpdTierFn = (
  editionCode: string,
  code: string,
  raw: { t1?: string; t2?: string; value?: string },
) => number;

export interface StoreBlobMeta {
  kind: 'PDF' | 'PNG';
  mimeType: string;
  originalName: string;
}

/** Stores bytes content-addressed and returns their sha256 (hex) and size; storing twice is harmless. */
export type StoreBlobFn = (
  bytes: Uint8Array,
  meta: StoreBlobMeta,
) => Promise<{ sha256: string; size: number }>;

export interface SeedDemoOptions {
  score: SeedScoreFn;
  storeBlob: StoreBlobFn;
  spdTier: SeedSpdTierFn;
  /** Defaults to the fixture copied into this package (src/seed/fixtures/pati-demo.json). */
  fixturePath?: string;
}

export interface SeedCounts {
  regions: number;
  units: number;
  users: number;
  periods: number;
  innovations: number;
  submissions: number;
  answers: number;
  evidenceFiles: number;
  notifications: number;
  spdAnswers: number;
}

export interface SeedDemoResult {
  /** The demo region, or null when the run was skipped. */
  regionId: string | null;
  /** Rows created by this run; all zero when skipped. */
  created: SeedCounts;
  /** True when the database was not empty (it holds a region), so nothing was written. */
  skipped: boolean;
}
