// package: frozen snapshots of the national submission package (flow 5, feature 7). The ADMIN freezes the chosen
// set at READY_TO_SEND (the ZIP is built once and stored) and marks a snapshot sent, which is the only way a
// submission becomes SENT (the domain's MARK_SENT requires a frozen package). Reading, downloading
// (GET /exports/snapshots/:snapshotId/package.zip) and verifying follow the export access rule: ADMIN and VIEWER
// of the region (src/exports/export-access.ts).
import { decidePackageSend } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { EXPORT_ROLES } from '../exports/export-access.ts';
import {
  freezePackage,
  loadSnapshotInScope,
  packageAppError,
  requireStorage,
  snapshotSummarySelect,
  toSnapshotView,
  verifyStoredZip,
} from '../exports/snapshot.ts';
import { assertSameRegion } from '../scope.ts';
import { applyTransitionIn, transitionCallOf } from '../services/apply-transition.ts';
import { roleProcedure } from '../trpc.ts';

const readers = roleProcedure(...EXPORT_ROLES);
const adminProcedure = roleProcedure('ADMIN');
const ZSnapshotId = z.object({ snapshotId: z.string().min(1) });

/** Marking sent moves every submission of the package in one transaction; a large package needs time. */
const SEND_TRANSACTION_MS = 60_000;

export const packageRouter = {
  list: readers.input(z.object({ periodId: z.string().min(1) })).query(async ({ ctx, input }) => {
    const period = await ctx.prisma.period.findUnique({
      where: { id: input.periodId },
      select: { regionId: true },
    });
    if (!period) throw new AppError('NOT_FOUND', { entity: 'Period', id: input.periodId });
    assertSameRegion(ctx.user, period.regionId);
    const rows = await ctx.prisma.packageSnapshot.findMany({
      where: { periodId: input.periodId },
      select: snapshotSummarySelect,
      orderBy: { sequence: 'desc' },
    });
    return rows.map((row) => {
      const { items: _items, ...view } = toSnapshotView(row);
      return view;
    });
  }),

  byId: readers.input(ZSnapshotId).query(async ({ ctx, input }) => {
    const row = await loadSnapshotInScope(ctx.prisma, ctx.user, input.snapshotId);
    const manifest = row.manifest as { files?: { path: string; sha256: string; size: number }[] };
    return { ...toSnapshotView(row), period: row.period, files: manifest.files ?? [] };
  }),

  freeze: adminProcedure
    .input(z.object({ periodId: z.string().min(1), submissionIds: z.array(z.string().min(1)).max(5000) }))
    .mutation(({ ctx, input }) =>
      freezePackage({
        prisma: ctx.prisma,
        storage: requireStorage(ctx),
        user: ctx.user,
        requestId: ctx.requestId,
        now: ctx.now(),
        periodId: input.periodId,
        submissionIds: input.submissionIds,
      }),
    ),

  verify: readers.input(ZSnapshotId).mutation(async ({ ctx, input }) => {
    const row = await loadSnapshotInScope(ctx.prisma, ctx.user, input.snapshotId);
    const expected = { sha256: row.sha256, size: row.size };
    const { status, actual } = await verifyStoredZip(requireStorage(ctx), expected);
    const checkedAt = ctx.now();
    // The check is recorded: the audit trail shows when the stored package was last seen intact (or not).
    await ctx.prisma.$transaction((tx) =>
      writeAudit(tx, {
        ...auditContext(ctx),
        action: 'package.verify',
        entity: 'PackageSnapshot',
        entityId: row.id,
        after: { status, expected, actual, checkedAt },
      }),
    );
    return { snapshotId: row.id, sequence: row.sequence, status, expected, actual, checkedAt };
  }),

  markSent: adminProcedure.input(ZSnapshotId).mutation(async ({ ctx, input }) => {
    const scoped = await loadSnapshotInScope(ctx.prisma, ctx.user, input.snapshotId);
    const call = transitionCallOf(ctx);
    const row = await ctx.prisma.$transaction(
      async (tx) => {
        // One send at a time per snapshot; the row is then read again under the lock.
        await tx.$queryRaw`SELECT "id" FROM "PackageSnapshot" WHERE "id" = ${scoped.id} FOR UPDATE`;
        const snapshot = await tx.packageSnapshot.findUniqueOrThrow({
          where: { id: scoped.id },
          select: snapshotSummarySelect,
        });
        const items = snapshot.items.map((item) => ({
          submissionId: item.submissionId,
          frozenState: item.state,
          frozenVersion: item.submissionVersion,
          state: item.submission.state,
          version: item.submission.version,
        }));
        const decided = decidePackageSend({
          role: ctx.user.role,
          alreadySent: snapshot.sentAt !== null,
          items,
        });
        const names = new Map(snapshot.items.map((item) => [item.submissionId, item.name]));
        if (!decided.ok) throw packageAppError(decided.error, { sequence: snapshot.sequence }, names);
        for (const submissionId of decided.value.toSend) {
          const item = items.find((candidate) => candidate.submissionId === submissionId);
          if (!item) throw new Error(`item ${submissionId} vanished`);
          await applyTransitionIn(
            tx,
            call,
            { id: submissionId, state: item.state, version: item.version },
            {
              action: 'MARK_SENT',
              version: item.version,
              context: { inFrozenPackage: item.version === item.frozenVersion },
            },
            { snapshotId: snapshot.id, sequence: snapshot.sequence },
          );
        }
        const sent = await tx.packageSnapshot.update({
          where: { id: snapshot.id },
          data: { sentAt: call.now, sentById: ctx.user.id },
          select: snapshotSummarySelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'package.mark-sent',
          entity: 'PackageSnapshot',
          entityId: snapshot.id,
          before: { sentAt: null },
          after: {
            sentAt: call.now,
            sequence: snapshot.sequence,
            sha256: snapshot.sha256,
            submissions: decided.value.toSend,
          },
        });
        return sent;
      },
      { timeout: SEND_TRANSACTION_MS },
    );
    const { items: _items, ...view } = toSnapshotView(row);
    return view;
  }),
} satisfies TRPCRouterRecord;
