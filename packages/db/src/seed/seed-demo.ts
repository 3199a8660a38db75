// The Kabupaten Pati demo: region, 90 units, demo accounts, the 2026 period and the 17 real innovations over
// every workflow state. It is written only into an EMPTY database (no region at all), all in ONE transaction (a
// crash leaves nothing half-written); blobs are stored first, content-addressed, so storing again is harmless.
// A database that holds any region is left alone: a demo account the user renamed or removed never comes back,
// and a real install is never given the public demo password (issue 10, security finding 1).
import { hash } from '@node-rs/argon2';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { planAnswers, type PlannedEvidence } from './demo-answers.ts';
import { planFor } from './demo-plan.ts';
import { DEMO_SPD_ANSWERS } from './demo-spd.ts';
import { loadPatiFixture } from './fixture.ts';
import { DEMO_EDITION, seedBase } from './seed-base.ts';
import { seedInnovation, type InnovationToSeed } from './seed-innovations.ts';
import type { SeedCounts, SeedDemoOptions, SeedDemoResult } from './types.ts';
import { must } from './must.ts';

// The same argon2id cost as the API's password hashing (OWASP: 19 MiB, 2 passes, 1 lane).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;
const SEED_LOCK = 'inovda.seed.demo';
const SEED_ACTION = 'seed.demo';

function zeroCounts(): SeedCounts {
  return {
    regions: 0,
    units: 0,
    users: 0,
    periods: 0,
    innovations: 0,
    submissions: 0,
    answers: 0,
    evidenceFiles: 0,
    notifications: 0,
    spdAnswers: 0,
  };
}

/** True when the database holds no region, i.e. nothing a user could have made or changed. */
async function isEmptyDatabase(client: Prisma.TransactionClient | PrismaClient): Promise<boolean> {
  return (await client.region.count()) === 0;
}

function skipped(): SeedDemoResult {
  return { regionId: null, created: zeroCounts(), skipped: true };
}

/** The period's SPD answers, row by row where none is there yet (an admin's own answer is never replaced). */
async function seedSpd(
  tx: Prisma.TransactionClient,
  periodId: string,
  rows: readonly { code: string; tier: number; raw: object | null; note: string }[],
  created: SeedCounts,
) {
  const existing = new Set(
    (await tx.spdAnswer.findMany({ where: { periodId }, select: { code: true } })).map((a) => a.code),
  );
  const missing = rows.filter((row) => !existing.has(row.code));
  if (missing.length === 0) return;
  await tx.spdAnswer.createMany({
    data: missing.map((row) => ({
      periodId,
      code: row.code,
      tier: row.tier,
      rawValues: row.raw ?? Prisma.DbNull,
      note: row.note,
    })),
  });
  created.spdAnswers += missing.length;
}

export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const fixture = loadPatiFixture(options.fixturePath);
  const unitNames = new Map(fixture.units.map((u) => [u.short, u.name]));
  const plans = fixture.innovations.map((innovation) => ({ innovation, plan: planFor(innovation.name) }));

  // Slow or external work happens before the transaction, and only for an empty database.
  if (!(await isEmptyDatabase(prisma))) return skipped();
  const passwordHashes = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    passwordHashes.set(account.email, await hash(DEMO_PASSWORD, ARGON2_OPTIONS));
  }
  const toSeed: InnovationToSeed[] = plans.map(({ innovation, plan }, index) => ({
    index,
    innovation,
    plan,
    answers: planAnswers(
      innovation.name,
      must(unitNames.get(innovation.unit), `unit ${innovation.unit}`),
      plan,
    ),
  }));
  const stored = new Map<PlannedEvidence, { sha256: string; size: number }>();
  for (const item of toSeed) {
    for (const { evidence } of item.answers) {
      if (!evidence) continue;
      const { kind, mimeType, originalName } = evidence;
      stored.set(evidence, await options.storeBlob(evidence.bytes, { kind, mimeType, originalName }));
    }
  }

  // Numeric SPD rows get the tier the domain derives from their figures, as the SPD screen does.
  const spdRows = DEMO_SPD_ANSWERS.map((answer) =>
    'raw' in answer
      ? {
          code: answer.code,
          tier: options.spdTier(DEMO_EDITION, answer.code, answer.raw),
          raw: answer.raw,
          note: answer.note,
        }
      : { code: answer.code, tier: answer.tier, raw: null, note: answer.note },
  );

  const created = zeroCounts();
  const regionId = await prisma.$transaction(
    async (tx) => {
      // Serialises concurrent seeds (two start commands on one server); the second one finds a region.
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', SEED_LOCK);
      if (!(await isEmptyDatabase(tx))) return null;
      const base = await seedBase(tx, fixture, passwordHashes, created);
      for (const item of toSeed) await seedInnovation(tx, base, item, stored, options.score, created);
      await seedSpd(tx, base.periodId, spdRows, created);
      await tx.auditEvent.create({
        data: {
          regionId: base.regionId,
          actorId: null,
          action: SEED_ACTION,
          entity: 'Region',
          entityId: base.regionId,
          after: { ...created },
        },
      });
      return base.regionId;
    },
    { timeout: 600_000, maxWait: 120_000 },
  );
  if (regionId === null) return skipped();
  return { regionId, created, skipped: false };
}
