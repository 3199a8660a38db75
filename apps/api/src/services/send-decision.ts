// The ADMIN's send decision for a whole period (issue 9 point 1): the candidates (verified, ready, sent), marking
// several ready or back to verified with a result per innovation, and applying the planner's best set as the
// real package, with a preview (IID before and after, the list of changes) and a confirmation that commits every
// change in one transaction, audited. A period whose latest package is frozen and still current is not changed
// unless the ADMIN confirmed it knowingly (the frozen package then turns stale and must be frozen again).
import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient, SubmissionState } from '@inovda/db';
import {
  listChangedSinceFreeze,
  PACKAGE_STATES,
  PREDICATE_LABELS,
  planBestSet,
  scoreInnovation,
  scoreRegion,
  type ReadinessReport,
  type TEditionPack,
  type TPortfolio,
  VERIFIED_STATES,
} from '@inovda/domain';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError, isAppError, type Lang, renderMessage } from '../errors.ts';
import { applyTransitionIn, type TransitionCall } from './apply-transition.ts';
import { loadPortfolio } from './dashboard/build-plan.ts';
import { checkSubmissionReadiness } from './readiness.ts';
import { loadSubmissionInScope } from './submission-access.ts';

/** Applying a best set moves many submissions in one transaction; a large region needs time. */
const APPLY_TRANSACTION_MS = 60_000;

export interface SendCandidate {
  submissionId: string;
  innovationId: string;
  name: string;
  unitName: string;
  state: SubmissionState;
  version: number;
  includeInSend: boolean;
  verifiedMaturityX100: number;
  /** In the package now: ready to send or sent, and chosen to send. */
  inPackage: boolean;
}

type Db = Pick<Prisma.TransactionClient, 'submission' | 'packageSnapshot'>;

const isInPackage = (row: { state: SubmissionState; includeInSend: boolean }) =>
  (PACKAGE_STATES as readonly SubmissionState[]).includes(row.state) && row.includeInSend;

export async function loadSendCandidates(db: Db, periodId: string): Promise<SendCandidate[]> {
  const rows = await db.submission.findMany({
    where: { periodId, state: { in: [...VERIFIED_STATES] } },
    select: {
      id: true,
      state: true,
      version: true,
      includeInSend: true,
      verifiedMaturityX100: true,
      innovation: { select: { id: true, name: true, unit: { select: { name: true } } } },
    },
    orderBy: [{ innovation: { name: 'asc' } }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    submissionId: row.id,
    innovationId: row.innovation.id,
    name: row.innovation.name,
    unitName: row.innovation.unit.name,
    state: row.state,
    version: row.version,
    includeInSend: row.includeInSend,
    verifiedMaturityX100: row.verifiedMaturityX100,
    inPackage: isInPackage(row),
  }));
}

/** The period's latest package when it is frozen, not yet sent and still current (nothing changed since). */
export async function loadCurrentFrozenPackage(db: Db, periodId: string) {
  const snapshot = await db.packageSnapshot.findFirst({
    where: { periodId },
    orderBy: { sequence: 'desc' },
    select: {
      sequence: true,
      frozenAt: true,
      sentAt: true,
      items: {
        select: {
          submissionId: true,
          state: true,
          submissionVersion: true,
          submission: { select: { state: true, version: true } },
        },
      },
    },
  });
  if (!snapshot || snapshot.sentAt) return null;
  const changed = listChangedSinceFreeze(
    snapshot.items.map((item) => ({
      submissionId: item.submissionId,
      frozenState: item.state,
      frozenVersion: item.submissionVersion,
      state: item.submission.state,
      version: item.submission.version,
    })),
  );
  return changed.length > 0 ? null : { sequence: snapshot.sequence, frozenAt: snapshot.frozenAt };
}

/** Refuses a change while a current package is frozen, unless the ADMIN confirmed it knowingly. */
export async function assertNotFrozen(db: Db, periodId: string, acknowledged: boolean) {
  const frozen = await loadCurrentFrozenPackage(db, periodId);
  if (frozen && !acknowledged) throw new AppError('SEND.PACKAGE_FROZEN', { sequence: frozen.sequence });
  return frozen;
}

/** A submission whose readiness to send is blocked: how many distinct problems (the checklist names them). */
function notReadyToSend(name: string, readiness: ReadinessReport) {
  const codes = new Set(readiness.issues.filter((i) => i.severity === 'ERROR').map((i) => i.code));
  return new AppError('SEND.NOT_READY', { name, count: codes.size });
}

export type SendMove = 'MARK_READY' | 'UNMARK_READY';

export type SendItemResult =
  | { submissionId: string; name: string; ok: true; state: SubmissionState; version: number }
  | { submissionId: string; name: string; ok: false; appCode: string; message: string };

/** One submission's move with its audit, inside the caller's transaction; marking ready also chooses it. */
async function moveIn(
  tx: Prisma.TransactionClient,
  call: TransitionCall,
  subject: { id: string; state: SubmissionState; version: number; includeInSend: boolean },
  move: SendMove | 'INCLUDE',
  extraAudit: Record<string, unknown>,
) {
  let state = subject.state;
  let version = subject.version;
  if (move !== 'INCLUDE') {
    const after = await applyTransitionIn(
      tx,
      call,
      subject,
      {
        action: move,
        version,
        context: move === 'MARK_READY' ? { readinessBlocking: false } : undefined,
      },
      extraAudit,
    );
    state = after.state;
    version = after.version;
  }
  if ((move === 'MARK_READY' || move === 'INCLUDE') && !subject.includeInSend) {
    const updated = await tx.submission.updateMany({
      where: { id: subject.id, version },
      data: { includeInSend: true, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError('EDIT.CONFLICT');
    version += 1;
    await writeAudit(tx, {
      ...auditContext({ user: call.user, requestId: call.requestId }),
      action: 'submission.set-include-in-send',
      entity: 'Submission',
      entityId: subject.id,
      before: { includeInSend: false, version: version - 1 },
      after: { id: subject.id, includeInSend: true, version, state, ...extraAudit },
    });
  }
  return { state, version };
}

export interface SetReadyManyInput {
  prisma: PrismaClient;
  call: TransitionCall;
  lang: Lang;
  pack: TEditionPack;
  periodId: string;
  move: SendMove;
  items: readonly { submissionId: string; version: number }[];
}

/**
 * Marks several submissions ready (or back to verified), each in its own transaction with its audit event: one
 * that cannot move (not ready, changed meanwhile, another state) is reported with the reason, the others move.
 */
export async function setReadyMany(input: SetReadyManyInput): Promise<SendItemResult[]> {
  const { prisma, call, pack, periodId, move } = input;
  const results: SendItemResult[] = [];
  for (const item of input.items) {
    let name = item.submissionId;
    try {
      const submission = await loadSubmissionInScope(prisma, call.user, item.submissionId);
      name = submission.innovation.name;
      if (submission.periodId !== periodId) {
        throw new AppError('SEND.NOT_IN_PERIOD', { name });
      }
      if (move === 'MARK_READY') {
        const readiness = await checkSubmissionReadiness(prisma, pack, submission.id, 'SEND');
        if (readiness.blocking) throw notReadyToSend(name, readiness);
      }
      const after = await prisma.$transaction(async (tx) => {
        const current = await tx.submission.findUniqueOrThrow({
          where: { id: submission.id },
          select: { includeInSend: true },
        });
        return moveIn(
          tx,
          call,
          { ...submission, version: item.version, includeInSend: current.includeInSend },
          move,
          { bulk: true },
        );
      });
      results.push({ submissionId: item.submissionId, name, ok: true, ...after });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({
        submissionId: item.submissionId,
        name,
        ok: false,
        appCode: error.appCode,
        message: renderMessage(error.appCode, input.lang, error.params),
      });
    }
  }
  return results;
}

export type BestSetChangeKind = 'ADD' | 'REMOVE';

export interface BestSetChange {
  submissionId: string;
  innovationId: string;
  name: string;
  unitName: string;
  kind: BestSetChangeKind;
  /** The move that realises it: MARK_READY (verified -> ready), INCLUDE (ready, chosen again), UNMARK_READY. */
  move: SendMove | 'INCLUDE';
  verifiedMaturityX100: number;
}

const projectionOf = (score: ReturnType<typeof scoreRegion>) => ({
  iidX100: score.iidX100,
  predicate: score.predicate,
  predicateLabel: PREDICATE_LABELS[score.predicate],
  innovationCount: score.innovationCount,
});

function scoreSet(pack: TEditionPack, portfolio: TPortfolio, ids: ReadonlySet<string>) {
  return scoreRegion(pack, {
    spd: portfolio.spd,
    innovations: portfolio.innovations
      .filter((innovation) => ids.has(innovation.id))
      .map((innovation) => ({
        id: innovation.id,
        urusan: innovation.urusan,
        maturityX100: scoreInnovation(pack, innovation.indicators).maturityX100,
      })),
  });
}

/**
 * The best set as a plan of changes to the current package: what is added (marked ready), what leaves (back to
 * verified), what cannot be added (not ready to send: the reason), the IID before and after, and a token of
 * the data it was computed from (the confirmation is refused when the token no longer matches).
 */
export async function planBestSetChanges(
  prisma: PrismaClient,
  pack: TEditionPack,
  periodId: string,
  lang: Lang,
) {
  const [portfolio, candidates, frozen] = await Promise.all([
    loadPortfolio(prisma, pack, periodId, 'VERIFIED'),
    loadSendCandidates(prisma, periodId),
    loadCurrentFrozenPackage(prisma, periodId),
  ]);
  const plan = planBestSet(pack, portfolio);
  const best = new Set(plan.sendIds);
  const changes: BestSetChange[] = [];
  const blocked: { submissionId: string; name: string; unitName: string; reason: string }[] = [];
  const keptSent: { submissionId: string; name: string; unitName: string }[] = [];
  const before = new Set(candidates.filter((c) => c.inPackage).map((c) => c.innovationId));
  const after = new Set(before);
  for (const c of candidates) {
    const change = (kind: BestSetChangeKind, move: BestSetChange['move']) =>
      changes.push({
        submissionId: c.submissionId,
        innovationId: c.innovationId,
        name: c.name,
        unitName: c.unitName,
        kind,
        move,
        verifiedMaturityX100: c.verifiedMaturityX100,
      });
    if (c.state === 'SENT') {
      // A sent submission stays what it was: its send decision can no longer change.
      if (c.inPackage && !best.has(c.innovationId)) keptSent.push(c);
      continue;
    }
    if (best.has(c.innovationId) && !c.inPackage) {
      if (c.state === 'READY_TO_SEND') {
        change('ADD', 'INCLUDE');
        after.add(c.innovationId);
        continue;
      }
      const readiness = await checkSubmissionReadiness(prisma, pack, c.submissionId, 'SEND');
      if (readiness.blocking) {
        const refusal = notReadyToSend(c.name, readiness);
        const reason = renderMessage(refusal.appCode, lang, refusal.params);
        blocked.push({ submissionId: c.submissionId, name: c.name, unitName: c.unitName, reason });
        continue;
      }
      change('ADD', 'MARK_READY');
      after.add(c.innovationId);
    } else if (!best.has(c.innovationId) && c.inPackage) {
      change('REMOVE', 'UNMARK_READY');
      after.delete(c.innovationId);
    }
  }
  const token = createHash('sha256')
    .update(JSON.stringify(candidates.map((c) => [c.submissionId, c.version, c.state, c.includeInSend])))
    .update(JSON.stringify(changes.map((c) => [c.submissionId, c.move])))
    .digest('hex');
  return {
    periodId,
    token,
    before: { ...projectionOf(scoreSet(pack, portfolio, before)) },
    after: { ...projectionOf(scoreSet(pack, portfolio, after)) },
    changes,
    blocked,
    keptSent,
    frozen,
    candidates,
  };
}

export type BestSetPlan = Awaited<ReturnType<typeof planBestSetChanges>>;

/**
 * Applies a previewed plan: every change and its audit event, plus one event for the whole act, in one
 * transaction under a lock of the period row. A version that moved meanwhile aborts everything (EDIT.CONFLICT).
 */
export async function applyBestSetPlan(prisma: PrismaClient, call: TransitionCall, plan: BestSetPlan) {
  const byId = new Map(plan.candidates.map((c) => [c.submissionId, c]));
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Period" WHERE "id" = ${plan.periodId} FOR UPDATE`;
      for (const change of plan.changes) {
        const c = byId.get(change.submissionId);
        if (!c) throw new Error(`candidate ${change.submissionId} vanished from its plan`);
        await moveIn(
          tx,
          call,
          { id: c.submissionId, state: c.state, version: c.version, includeInSend: c.includeInSend },
          change.move,
          { bestSet: true },
        );
      }
      await writeAudit(tx, {
        ...auditContext({ user: call.user, requestId: call.requestId }),
        action: 'submission.apply-best-set',
        entity: 'Period',
        entityId: plan.periodId,
        before: { iidX100: plan.before.iidX100, innovationCount: plan.before.innovationCount },
        after: {
          iidX100: plan.after.iidX100,
          innovationCount: plan.after.innovationCount,
          added: plan.changes.filter((c) => c.kind === 'ADD').map((c) => c.submissionId),
          removed: plan.changes.filter((c) => c.kind === 'REMOVE').map((c) => c.submissionId),
          frozenPackageMadeStale: plan.frozen && plan.changes.length > 0 ? plan.frozen.sequence : null,
        },
      });
      return { applied: plan.changes.length };
    },
    { timeout: APPLY_TRANSACTION_MS },
  );
}
