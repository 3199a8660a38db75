// What the demo seed needs from the API: the domain's submission scorer and the evidence store.
import type { SeedScoreFn, StoreBlobFn } from '@inovda/db/seed';
import { getEdition, scoreSubmission } from '@inovda/domain';
import type { Storage } from '../storage/index.ts';

export const scoreForSeed: SeedScoreFn = (answers, editionCode) => {
  const edition = getEdition(editionCode);
  // The seed only uses built-in editions; an unknown code is a bug in the seed, not user input.
  if (!edition) throw new Error(`demo seed: unknown edition ${editionCode}`);
  return scoreSubmission(edition, answers);
};

export function storeBlobFor(storage: Storage): StoreBlobFn {
  return (bytes) => storage.put(bytes);
}
