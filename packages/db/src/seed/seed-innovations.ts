// The real Pati innovations as demo submissions in the 2026 period, each created once (natural key: region
// + innovation name), with answers, verdicts, evidence files and cached claimed/verified maturity.
import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import type { PlannedAnswer, PlannedEvidence } from './demo-answers.ts';
import { buildDemoProfile } from './demo-profile.ts';
import type { InnovationPlan } from './demo-plan.ts';
import type { FixtureInnovation } from './fixture.ts';
import { DEMO_EDITION, type SeededBase } from './seed-base.ts';
import type { SeedCounts, SeedScoreFn } from './types.ts';
import { must } from './must.ts';

type Tx = Prisma.TransactionClient;

export interface InnovationToSeed {
  index: number;
  innovation: FixtureInnovation;
  plan: InnovationPlan;
  answers: PlannedAnswer[];
}

const DAY = 86_400_000;
const VERIFIER = 'verifikator@demo.inovda.id';
const ADMIN = 'admin@demo.inovda.id';
const REVIEWED: ReadonlySet<string> = new Set(['VERIFIED', 'READY_TO_SEND', 'SENT']);

function operatorOf(unitShort: string, base: SeededBase): string {
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'OPERATOR' && a.unitShort === unitShort);
  return must(base.userIds.get(account?.email ?? ADMIN), `operator of ${unitShort}`);
}

export async function seedInnovation(
  tx: Tx,
  base: SeededBase,
  item: InnovationToSeed,
  stored: ReadonlyMap<PlannedEvidence, { sha256: string; size: number }>,
  score: SeedScoreFn,
  created: SeedCounts,
): Promise<void> {
  const { innovation, plan, answers } = item;
  const actorId = operatorOf(innovation.unit, base);
  const verifierId = must(base.userIds.get(VERIFIER), 'verifier account');
  const submittedAt = plan.state === 'DRAFT' ? null : new Date(Date.UTC(2026, 4, 4 + item.index, 2));
  const reviewedAt = submittedAt && new Date(submittedAt.getTime() + 7 * DAY);

  const row = await tx.innovation.create({
    data: {
      regionId: base.regionId,
      unitId: must(base.unitIds.get(innovation.unit), `unit ${innovation.unit}`),
      name: innovation.name,
      tahapan: plan.tahapan,
      inisiator: plan.inisiator,
      jenis: innovation.digital ? 'DIGITAL' : 'NON_DIGITAL',
      bentuk: plan.bentuk,
      urusan: plan.urusan,
      waktuUjiCoba: plan.waktuUjiCoba ? new Date(plan.waktuUjiCoba) : null,
      waktuPenerapan: plan.waktuPenerapan ? new Date(plan.waktuPenerapan) : null,
      profile: buildDemoProfile(innovation) as Prisma.InputJsonValue,
      createdById: actorId,
    },
  });
  created.innovations++;

  const scores = score(
    answers.map((a) => ({ ...a, hasEvidence: a.evidence !== null })),
    DEMO_EDITION,
  );
  const submission = await tx.submission.create({
    data: {
      periodId: base.periodId,
      innovationId: row.id,
      state: plan.state,
      includeInSend: plan.state !== 'REJECTED',
      claimedMaturityX100: scores.claimedX100,
      verifiedMaturityX100: scores.verifiedX100,
      submittedAt,
      verifiedAt: REVIEWED.has(plan.state) ? reviewedAt : null,
      sentAt: plan.state === 'SENT' ? new Date(Date.UTC(2026, 6, 1, 2)) : null,
    },
  });
  created.submissions++;

  for (const answer of answers) {
    const evidenceId = answer.evidence
      ? await ensureEvidence(tx, base, answer.evidence, stored, actorId, created)
      : null;
    const decided = answer.verdict !== 'PENDING';
    await tx.indicatorAnswer.create({
      data: {
        submissionId: submission.id,
        code: answer.code,
        claimedTier: answer.claimedTier,
        basis: answer.basis,
        verdict: answer.verdict,
        verifiedTier: answer.verifiedTier,
        verifierNote: answer.verifierNote,
        verifiedById: decided ? verifierId : null,
        verifiedAt: decided ? reviewedAt : null,
        evidence: evidenceId ? { create: [{ evidenceId, attachedById: actorId }] } : undefined,
      },
    });
    created.answers++;
  }

  if (plan.state === 'RETURNED' && actorId !== base.userIds.get(ADMIN)) {
    const toFix = answers.filter((a) => a.verdict === 'REJECTED' || a.verdict === 'DOWNGRADED').length;
    await tx.notification.create({
      data: {
        userId: actorId,
        kind: 'submission.returned',
        title: 'Inovasi dikembalikan untuk perbaikan / Innovation returned for revision',
        body: `${innovation.name}: ${toFix} indikator perlu diperbaiki / ${toFix} indicators need revision.`,
        data: { submissionId: submission.id, innovationId: row.id },
      },
    });
    created.notifications++;
  }
}

async function ensureEvidence(
  tx: Tx,
  base: SeededBase,
  evidence: PlannedEvidence,
  stored: ReadonlyMap<PlannedEvidence, { sha256: string; size: number }>,
  uploadedById: string,
  created: SeedCounts,
): Promise<string> {
  const blob = stored.get(evidence);
  if (!blob) throw new Error(`Seed: evidence ${evidence.originalName} was not stored`);
  const found = await tx.evidenceFile.findFirst({
    where: { regionId: base.regionId, sha256: blob.sha256 },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  if (found) return found.id;
  const row = await tx.evidenceFile.create({
    data: {
      regionId: base.regionId,
      sha256: blob.sha256,
      size: blob.size,
      kind: evidence.kind,
      mimeType: evidence.mimeType,
      originalName: evidence.originalName,
      uploadedById,
    },
    select: { id: true },
  });
  created.evidenceFiles++;
  return row.id;
}
