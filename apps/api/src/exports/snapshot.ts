// Frozen national packages (flow 5, feature 7). `freezePackage` builds the period's package ZIP ONCE with the
// export's own builder (load-package + package-zip), stores the bytes content-addressed in the file store, and
// records a PackageSnapshot (sha256 and size of the stored ZIP, manifest, the submissions with their versions
// and maturities, the projected IID) with its audit event in one transaction. Downloads replay the stored bytes
// and `verifySnapshot` re-hashes them. The database keeps the row frozen (trigger `package_snapshot_frozen`).
import { createHash } from 'node:crypto';
import { PassThrough, Transform } from 'node:stream';
import type { Prisma, PrismaClient } from '@inovda/db';
import {
  decidePackageFreeze,
  listChangedSinceFreeze,
  PACKAGE_STATES,
  type PackageError,
  PREDICATE_LABELS,
} from '@inovda/domain';
import { auditContext, writeAudit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import { AppError } from '../errors.ts';
import { assertSameRegion, type ScopeUser } from '../scope.ts';
import { toErrorParams } from '../services/apply-transition.ts';
import type { Storage, StoredBlob } from '../storage/index.ts';
import { loadPackageData } from './load-package.ts';
import { type PreparedPackage, preparePackage } from './package-zip.ts';

/** What a list row and a detail page show of a snapshot. */
export const snapshotSummarySelect = {
  id: true,
  regionId: true,
  periodId: true,
  sequence: true,
  sha256: true,
  size: true,
  manifestSha256: true,
  verifiedIidX100: true,
  verifiedPredicate: true,
  claimedIidX100: true,
  claimedPredicate: true,
  frozenAt: true,
  sentAt: true,
  frozenBy: { select: { id: true, name: true } },
  sentBy: { select: { id: true, name: true } },
  items: {
    select: {
      submissionId: true,
      innovationId: true,
      position: true,
      name: true,
      unitName: true,
      state: true,
      submissionVersion: true,
      claimedMaturityX100: true,
      verifiedMaturityX100: true,
      submission: { select: { state: true, version: true } },
    },
    orderBy: { position: 'asc' },
  },
} as const satisfies Prisma.PackageSnapshotSelect;

type SnapshotRow = Prisma.PackageSnapshotGetPayload<{ select: typeof snapshotSummarySelect }>;

/** FROZEN: can be sent; STALE: a submission changed since (freeze again); SENT: marked sent. */
type SnapshotStatus = 'FROZEN' | 'STALE' | 'SENT';

function frozenItems(row: SnapshotRow) {
  return row.items.map((item) => ({
    submissionId: item.submissionId,
    frozenState: item.state,
    frozenVersion: item.submissionVersion,
    state: item.submission.state,
    version: item.submission.version,
  }));
}

const projection = (iidX100: number, predicate: string) => ({
  iidX100,
  predicate,
  predicateLabel: (PREDICATE_LABELS as Partial<Record<string, string>>)[predicate] ?? predicate,
});

/** The API's view of a snapshot row: status and changed submissions derived with the domain. */
export function toSnapshotView(row: SnapshotRow) {
  const changed = row.sentAt ? [] : listChangedSinceFreeze(frozenItems(row));
  const status: SnapshotStatus = row.sentAt ? 'SENT' : changed.length > 0 ? 'STALE' : 'FROZEN';
  return {
    id: row.id,
    periodId: row.periodId,
    sequence: row.sequence,
    sha256: row.sha256,
    size: row.size,
    manifestSha256: row.manifestSha256,
    frozenAt: row.frozenAt,
    frozenBy: row.frozenBy,
    sentAt: row.sentAt,
    sentBy: row.sentBy,
    status,
    itemCount: row.items.length,
    readyCount: row.items.filter((item) => item.state === 'READY_TO_SEND').length,
    verified: projection(row.verifiedIidX100, row.verifiedPredicate),
    claimed: projection(row.claimedIidX100, row.claimedPredicate),
    items: row.items.map((item) => ({
      submissionId: item.submissionId,
      innovationId: item.innovationId,
      position: item.position,
      name: item.name,
      unitName: item.unitName,
      state: item.state,
      claimedMaturityX100: item.claimedMaturityX100,
      verifiedMaturityX100: item.verifiedMaturityX100,
      changed: changed.includes(item.submissionId),
    })),
  };
}

export type SnapshotView = ReturnType<typeof toSnapshotView>;

/** A domain refusal as an AppError; submission ids in the params become the innovations' names. */
export function packageAppError(
  error: PackageError,
  extra: Record<string, string | number> = {},
  names: ReadonlyMap<string, string> = new Map(),
): AppError {
  const ids = error.params.submissionIds;
  const listed = Array.isArray(ids) ? ids.map((id: string) => names.get(id) ?? id) : [];
  const { submissionIds: _ids, ...rest } = error.params;
  return new AppError(error.code, {
    ...toErrorParams(rest),
    ...(Array.isArray(ids) ? { count: ids.length, names: listed.join(', ') } : {}),
    ...extra,
  });
}

/** Loads a snapshot of the user's region (404 unknown, SCOPE.OUT_OF_SCOPE another region's). */
export async function loadSnapshotInScope(prisma: PrismaClient, user: ScopeUser, snapshotId: string) {
  const row = await prisma.packageSnapshot.findUnique({
    where: { id: snapshotId },
    select: {
      ...snapshotSummarySelect,
      manifest: true,
      period: { select: { year: true, name: true } },
      region: { select: { code: true } },
    },
  });
  if (!row) throw new AppError('NOT_FOUND', { entity: 'PackageSnapshot', id: snapshotId });
  assertSameRegion(user, row.regionId);
  return row;
}

/** The file store a procedure needs; the server always passes one, a context without it is a wiring bug. */
export function requireStorage(ctx: { storage?: Storage }): Storage {
  if (!ctx.storage) throw new Error('file storage is not configured in the request context');
  return ctx.storage;
}

/** Writes the package ZIP once into the store; nothing is visible under its address unless it completed. */
async function storeZip(prepared: PreparedPackage, storage: Storage): Promise<StoredBlob> {
  const out = new PassThrough();
  const writing = prepared.write(out).catch((error: unknown) => {
    // A failed build (a missing or corrupt evidence blob) fails the store, which then keeps nothing.
    out.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  });
  const [blob] = await Promise.all([storage.put(out), writing]);
  return blob;
}

export interface FreezeInput {
  prisma: PrismaClient;
  storage: Storage;
  user: SessionUser;
  requestId: string;
  now: Date;
  periodId: string;
  /** The submissions the ADMIN confirmed; the freeze is refused when the package no longer has exactly these. */
  submissionIds: readonly string[];
}

function sameSet(a: readonly string[], b: readonly string[]) {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

const packageWhere = (periodId: string): Prisma.SubmissionWhereInput => ({
  periodId,
  state: { in: [...PACKAGE_STATES] },
  includeInSend: true,
});

/**
 * Freezes the package of a period: domain check (`decidePackageFreeze`), the confirmed set must be the current
 * one (`PACKAGE.SET_CHANGED`), ZIP built and stored once, then snapshot row + items + audit in one transaction
 * that first re-checks the set and every submission's version under a lock of the period row. Any failure
 * leaves no row (a stored ZIP without a row is an unreferenced blob, like an abandoned upload).
 */
export async function freezePackage(input: FreezeInput): Promise<SnapshotView> {
  const { prisma, storage, user, periodId } = input;
  const period = await prisma.period.findUnique({ where: { id: periodId }, select: { regionId: true } });
  if (!period) throw new AppError('NOT_FOUND', { entity: 'Period', id: periodId });
  assertSameRegion(user, period.regionId);
  // Versions first: any write to a submission after this read is caught by the check in the transaction.
  const before = await prisma.submission.findMany({
    where: { periodId },
    select: { id: true, version: true },
  });
  const versionOf = new Map(before.map((row) => [row.id, row.version]));
  const data = await loadPackageData(prisma, user, periodId);
  const items = data.innovations.map((i) => ({ submissionId: i.submissionId, state: i.state }));
  const names = new Map(data.innovations.map((i) => [i.submissionId, i.profile.name ?? i.innovationId]));
  const decided = decidePackageFreeze({ role: user.role, items });
  if (!decided.ok) throw packageAppError(decided.error, {}, names);
  const frozenIds = items.map((item) => item.submissionId);
  if (!sameSet(frozenIds, input.submissionIds)) {
    throw new AppError('PACKAGE.SET_CHANGED', {
      added: frozenIds.filter((id) => !input.submissionIds.includes(id)).length,
      removed: input.submissionIds.filter((id) => !frozenIds.includes(id)).length,
    });
  }

  const prepared = await preparePackage(data, storage, input.now);
  const blob = await storeZip(prepared, storage);

  const row = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Period" WHERE "id" = ${periodId} FOR UPDATE`;
    const current = await tx.submission.findMany({
      where: packageWhere(periodId),
      select: { id: true, version: true },
    });
    const unchanged =
      sameSet(
        current.map((row) => row.id),
        frozenIds,
      ) && current.every((row) => versionOf.get(row.id) === row.version);
    if (!unchanged) throw new AppError('PACKAGE.SET_CHANGED', { added: 0, removed: 0 });
    const last = await tx.packageSnapshot.aggregate({ where: { periodId }, _max: { sequence: true } });
    const sequence = (last._max.sequence ?? 0) + 1;
    const created = await tx.packageSnapshot.create({
      data: {
        regionId: data.region.id,
        periodId,
        sequence,
        sha256: blob.sha256,
        size: blob.size,
        manifest: prepared.manifest as unknown as Prisma.InputJsonValue,
        manifestSha256: prepared.manifestSha256,
        verifiedIidX100: data.verified.iidX100,
        verifiedPredicate: data.verified.predicate,
        claimedIidX100: data.claimed.iidX100,
        claimedPredicate: data.claimed.predicate,
        frozenById: user.id,
        frozenAt: input.now,
        items: {
          create: data.innovations.map((item, index) => ({
            submissionId: item.submissionId,
            position: index + 1,
            innovationId: item.innovationId,
            name: item.profile.name ?? '',
            unitName: item.unit.name,
            state: item.state,
            submissionVersion: versionOf.get(item.submissionId) ?? 0,
            claimedMaturityX100: item.claimedMaturityX100,
            verifiedMaturityX100: item.verifiedMaturityX100,
          })),
        },
      },
      select: snapshotSummarySelect,
    });
    await writeAudit(tx, {
      ...auditContext({ user, requestId: input.requestId }),
      action: 'package.freeze',
      entity: 'PackageSnapshot',
      entityId: created.id,
      after: {
        periodId,
        sequence,
        sha256: blob.sha256,
        size: blob.size,
        manifestSha256: prepared.manifestSha256,
        verifiedIidX100: data.verified.iidX100,
        claimedIidX100: data.claimed.iidX100,
        submissions: created.items.map((item) => ({
          id: item.submissionId,
          version: item.submissionVersion,
          state: item.state,
        })),
      },
    });
    return created;
  });
  return toSnapshotView(row);
}

export type VerifyStatus = 'INTACT' | 'ALTERED' | 'MISSING';

/** Re-reads the stored ZIP and compares its sha256 and size with what the snapshot recorded. */
export async function verifyStoredZip(
  storage: Storage,
  expected: { sha256: string; size: number },
): Promise<{ status: VerifyStatus; actual: { sha256: string; size: number } | null }> {
  const stream = await storage.get(expected.sha256);
  if (!stream) return { status: 'MISSING', actual: null };
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  const actual = { sha256: hash.digest('hex'), size };
  const intact = actual.sha256 === expected.sha256 && actual.size === expected.size;
  return { status: intact ? 'INTACT' : 'ALTERED', actual };
}

/**
 * Passes the stored bytes through while hashing them and holds the last chunk back until the whole file has
 * matched the recorded sha256 and size: a changed file never reaches the client complete (the response is cut).
 */
export function replayVerified(expected: { sha256: string; size: number }): Transform {
  const hash = createHash('sha256');
  let size = 0;
  let held: Buffer | null = null;
  const altered = (detail: string) =>
    new Error(`stored package ${expected.sha256} does not match its record: ${detail}`);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      if (size > expected.size) return callback(altered(`more than ${expected.size} bytes`));
      const previous = held;
      held = chunk;
      callback(null, previous ?? undefined);
    },
    flush(callback) {
      const actual = hash.digest('hex');
      if (actual !== expected.sha256 || size !== expected.size) {
        return callback(altered(`sha256 ${actual}, ${size} bytes`));
      }
      callback(null, held ?? undefined);
    },
  });
}
