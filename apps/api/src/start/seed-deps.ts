// What the demo seed needs from the API: the domain's submission scorer, its SPD tier rule and the evidence
// store.
import type { SeedScoreFn, SeedSpdTierFn, StoreBlobFn } from '@inovda/db/seed';
import { deriveSpdTier, getEdition, scoreSubmission } from '@inovda/domain';
import type { Storage } from '../storage/index.ts';

export const scoreForSeed: SeedScoreFn = (answers, editionCode) => {
  const edition = getEdition(editionCode);
  // The seed only uses built-in editions; an unknown code is a bug in the seed, not user input.
  if (!edition) throw new Error(`demo seed: unknown edition ${editionCode}`);
  return scoreSubmission(edition, answers);
};

/** The tier of a numeric SPD row, derived from its figures exactly as `spd.set` derives it. */
export const spdTierForSeed: SeedSpdTierFn = (editionCode, code, raw) => {
  const edition = getEdition(editionCode);
  if (!edition) throw new Error(`demo seed: unknown edition ${editionCode}`);
  const derived = deriveSpdTier(edition, code, raw);
  if (!derived.ok) throw new Error(`demo seed: SPD row ${code}: ${derived.error.code}`);
  return derived.value.tier;
};

export function storeBlobFor(storage: Storage): StoreBlobFn {
  return (bytes) => storage.put(bytes);
}
