// Synthetic data for benchmarks (e.g. one region with 1,000 innovations in 60 units; the national scale of
// 36,742 innovations over 546 regions), written with set-based SQL (INSERT ... SELECT generate_series /
// unnest) in one transaction. Tiers and states are deterministic; maturities come from the caller's scorer.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { SID_CODES } from './demo-answers.ts';
import type { SeedScoreAnswer, SeedScoreFn } from './types.ts';
import { must } from './must.ts';

export interface SyntheticOptions {
  regions: number;
  unitsPerRegion: number;
  /** Innovations per region, or use `totalInnovations` to spread a total round-robin over the regions. */
  innovationsPerRegion?: number;
  totalInnovations?: number;
  score: SeedScoreFn;
  /** Prefix of ids and region codes, so several synthetic sets can live side by side. */
  tag?: string;
  year?: number;
  editionCode?: string;
  /** Also write the 20 indicator answers of every submission (large: 20 rows per innovation). */
  withAnswers?: boolean;
}

export interface SyntheticResult {
  regionIds: string[];
  periodIds: string[];
  innovations: number;
  answers: number;
  elapsedMs: number;
}

const STATES = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'RETURNED',
  'VERIFIED',
  'READY_TO_SEND',
  'SENT',
  'REJECTED',
] as const;
// Weighted like a live period: most innovations are drafts, submitted or already verified.
const STATE_CYCLE = [0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 5, 6, 6, 7].map((i) => must(STATES[i], 'state'));
const URUSAN_CYCLE = [
  'pendidikan',
  'kesehatan',
  'pekerjaan-umum-penataan-ruang',
  'perumahan-kawasan-permukiman',
  'trantibum-linmas',
  'sosial',
  'administrasi-kependudukan-pencatatan-sipil',
  'komunikasi-informatika',
  'pertanian',
  'keuangan',
  'perhubungan',
  'pariwisata',
];
const UNIT_KINDS = ['PUSKESMAS', 'SEKOLAH', 'UPTD', 'KECAMATAN'];
const CHUNK = 5_000;

const tierOf = (i: number, c: number) => ((Math.imul(i + 1, 2654435761) >>> 0) + c * 7919) % 4;

function answersOf(i: number, state: string): SeedScoreAnswer[] {
  const decided = state === 'VERIFIED' || state === 'READY_TO_SEND' || state === 'SENT';
  return SID_CODES.map((code, c) => {
    const tier = tierOf(i, c);
    return {
      code,
      claimedTier: tier,
      basis: null,
      verdict: decided ? ('ACCEPTED' as const) : ('PENDING' as const),
      verifiedTier: decided ? tier : null,
      hasEvidence: true,
    };
  }).filter((a) => a.claimedTier > 0);
}

export async function seedSynthetic(
  prisma: PrismaClient,
  options: SyntheticOptions,
): Promise<SyntheticResult> {
  const started = performance.now();
  const { regions: R, unitsPerRegion: U } = options;
  const tag = options.tag ?? 'syn';
  const year = options.year ?? 2026;
  const edition = options.editionCode ?? 'iga-2026';
  const total = options.totalInnovations ?? R * (options.innovationsPerRegion ?? 0);
  if (!/^[a-z0-9]{1,12}$/.test(tag))
    throw new Error(`Synthetic seed: tag "${tag}" must be 1-12 lowercase letters or digits`);
  if (R < 1 || U < 2 || total < 0)
    throw new Error('Synthetic seed: need regions >= 1, unitsPerRegion >= 2, innovations >= 0');
  if (await prisma.region.findFirst({ where: { code: `${tag}.1` } })) {
    throw new Error(
      `Data sintetis "${tag}" sudah ada / synthetic set "${tag}" already exists: use another tag`,
    );
  }

  const states = Array.from({ length: total }, (_, i) => must(STATE_CYCLE[i % STATE_CYCLE.length], 'state'));
  const claimed = new Array<number>(total);
  const verified = new Array<number>(total);
  for (let i = 0; i < total; i++) {
    const scored = options.score(answersOf(i, must(states[i], 'state')), edition);
    claimed[i] = scored.claimedX100;
    verified[i] = scored.verifiedX100;
  }
  const opds = Math.max(1, Math.ceil(U / 3));
  let answers = 0;

  await prisma.$transaction(
    async (tx) => {
      const run = (sql: string, ...params: unknown[]) => tx.$executeRawUnsafe(sql, ...params);
      await run(
        `INSERT INTO "Region" (id, code, name, "provinceCode", "provinceName")
         SELECT $1 || '-r' || r, $1 || '.' || r, 'Daerah Sintetis ' || r, NULL, NULL FROM generate_series(1, $2::int) r`,
        tag,
        R,
      );
      // Units 1..opds are OPDs; the others hang under an OPD, like puskesmas under Dinkes.
      await run(
        `INSERT INTO "Unit" (id, "regionId", "parentId", kind, name, short, urusan, "updatedAt")
         SELECT $1 || '-r' || r || '-u' || u, $1 || '-r' || r,
                CASE WHEN u <= $3 THEN NULL ELSE $1 || '-r' || r || '-u' || (1 + (u - 1) % $3) END,
                (CASE WHEN u <= $3 THEN 'OPD' ELSE ($4::text[])[1 + u % 4] END)::"UnitKind",
                'Unit Sintetis ' || u, 'U' || u, ARRAY[]::text[], now()
         FROM generate_series(1, $2::int) r, generate_series(1, $5::int) u ORDER BY u`,
        tag,
        R,
        opds,
        UNIT_KINDS,
        U,
      );
      await run(
        `INSERT INTO "Period" (id, "regionId", year, name, "editionCode", state, "updatedAt")
         SELECT $1 || '-r' || r || '-p', $1 || '-r' || r, $3::int, 'Periode Sintetis ' || $3::int, $4, 'OPEN', now()
         FROM generate_series(1, $2::int) r`,
        tag,
        R,
        year,
        edition,
      );
      for (let from = 0; from < total; from += CHUNK) {
        const to = Math.min(total, from + CHUNK);
        const slice = <T>(a: T[]) => a.slice(from, to);
        await run(
          `INSERT INTO "Innovation" (id, "regionId", "unitId", name, tahapan, jenis, urusan, "updatedAt")
           SELECT $1 || '-i' || i, $1 || '-r' || (1 + i % $2), $1 || '-r' || (1 + i % $2) || '-u' || (1 + (i / $2) % $3),
                  'Inovasi Sintetis ' || i, 'PENERAPAN', (CASE WHEN i % 2 = 0 THEN 'DIGITAL' ELSE 'NON_DIGITAL' END)::"JenisInovasi",
                  ($4::text[])[1 + i % cardinality($4::text[])], now()
           FROM generate_series($5::int, $6::int) i`,
          tag,
          R,
          U,
          URUSAN_CYCLE,
          from,
          to - 1,
        );
        await run(
          `INSERT INTO "Submission" (id, "periodId", "innovationId", state, "claimedMaturityX100", "verifiedMaturityX100", "updatedAt")
           SELECT $1 || '-s' || (s.n + $3 - 1), $1 || '-r' || (1 + (s.n + $3 - 1) % $2) || '-p', $1 || '-i' || (s.n + $3 - 1),
                  s.state::"SubmissionState", s.claimed, s.verified, now()
           FROM unnest($4::text[], $5::int[], $6::int[]) WITH ORDINALITY AS s(state, claimed, verified, n)`,
          tag,
          R,
          from,
          slice(states),
          slice(claimed),
          slice(verified),
        );
        if (options.withAnswers) {
          // Same tiers as tierOf() above (Knuth multiplicative hash), verdicts as answersOf(); unanswered (0) skipped.
          answers += await run(
            `INSERT INTO "IndicatorAnswer" (id, "submissionId", code, "claimedTier", verdict, "verifiedTier", "updatedAt")
             SELECT $1 || '-s' || a.i || '-' || a.code, $1 || '-s' || a.i, a.code, a.tier,
                    (CASE WHEN a.decided THEN 'ACCEPTED' ELSE 'PENDING' END)::"Verdict", CASE WHEN a.decided THEN a.tier END, now()
             FROM (SELECT s.n + $2 - 1 AS i, c.code, s.state IN ('VERIFIED', 'READY_TO_SEND', 'SENT') AS decided,
                          ((((s.n + $2)::bigint * 2654435761) % 4294967296 + (c.n - 1) * 7919) % 4)::int AS tier
                   FROM unnest($3::text[]) WITH ORDINALITY AS s(state, n), unnest($4::text[]) WITH ORDINALITY AS c(code, n)) a
             WHERE a.tier > 0`,
            tag,
            from,
            slice(states),
            SID_CODES,
          );
        }
      }
    },
    { timeout: 1_800_000, maxWait: 60_000 },
  );
  const ids = Array.from({ length: R }, (_, r) => `${tag}-r${r + 1}`);
  return {
    regionIds: ids,
    periodIds: ids.map((id) => `${id}-p`),
    innovations: total,
    answers,
    elapsedMs: Math.round(performance.now() - started),
  };
}
