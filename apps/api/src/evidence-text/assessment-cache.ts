// Evidence assessments kept per content, in process. An assessment depends only on what goes into its key: the
// indicator's rules (and the assessment year) of the edition, the tier claimed and the basis, the innovation's
// name, year of penerapan and region, and each file's content (sha256), name and read state. Text is read once
// per content and never changes after (a re-read changes `readAt`), so an entry is exact for as long as it lives.
// Nothing is invalidated: a changed input is another key, and old keys age out of the LRU.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@inovda/db';
import type { EvidenceFinding, TEditionPack } from '@inovda/domain';
import { LRUCache } from 'lru-cache';

/** An assessment as kept: findings with their messages and the index of their file in the answer. */
export interface CachedAssessment {
  assessed: boolean;
  supportedTier: 0 | 1 | 2 | 3 | null;
  findings: {
    code: string;
    severity: EvidenceFinding['severity'];
    document: number | null;
    page: number | null;
    snippet: string | null;
    ocr: boolean;
    params: EvidenceFinding['params'];
    messages: { id: string; en: string };
  }[];
}

/**
 * Entries per database client. An entry is a handful of findings (about 1-2 KB), so 20,000 entries stay below
 * about 40 MB and hold every assessed answer of a large region's period (500 innovations x 19 indicators).
 */
const ASSESSMENT_CACHE_MAX = 20_000;

const caches = new WeakMap<PrismaClient, LRUCache<string, CachedAssessment>>();

/** One cache per database client, so tests with several databases never share entries. */
export function assessmentCacheOf(prisma: PrismaClient): LRUCache<string, CachedAssessment> {
  let cache = caches.get(prisma);
  if (!cache) caches.set(prisma, (cache = new LRUCache({ max: ASSESSMENT_CACHE_MAX })));
  return cache;
}

// The indicator's part of a pack, hashed once per pack object (built-in packs live for the process; a custom
// pack is loaded per request, so its fingerprint is recomputed then, which is cheap next to an assessment).
const fingerprints = new WeakMap<TEditionPack, Map<string, string>>();

function indicatorFingerprint(pack: TEditionPack, code: string): string {
  let byCode = fingerprints.get(pack);
  if (!byCode) fingerprints.set(pack, (byCode = new Map<string, string>()));
  let print = byCode.get(code);
  if (print === undefined) {
    const indicator = pack.sid.find((i) => i.code === code) ?? null;
    print = createHash('sha256')
      .update(JSON.stringify([pack.code, pack.assessmentYear, indicator]))
      .digest('base64url');
    byCode.set(code, print);
  }
  return print;
}

/** The key of one answer's assessment (see the file comment for what it holds and why). */
export function assessmentKey(
  pack: TEditionPack,
  answer: {
    code: string;
    claimedTier: number;
    basis: string | null;
    evidence: { sha256: string; originalName: string }[];
  },
  innovation: { name: string; waktuPenerapan: string | null | undefined; regionName: string },
  states: readonly ({ status: string; readAt: Date | null } | undefined)[],
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        indicatorFingerprint(pack, answer.code),
        answer.code,
        answer.claimedTier,
        answer.basis,
        innovation.name,
        innovation.waktuPenerapan?.slice(0, 4) ?? null,
        innovation.regionName,
        answer.evidence.map((e, i) => [
          e.sha256,
          e.originalName,
          states[i]?.status ?? null,
          states[i]?.readAt?.getTime() ?? null,
        ]),
      ]),
    )
    .digest('base64url');
}
