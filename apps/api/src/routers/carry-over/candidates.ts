// carryOver.candidates: what can be carried from a past period into a later one, with the rule's verdict and
// reason per innovation (domain `decideCarryOver`). Read-only; the same scope as carryOver.carry.
import { eligibilityWindowFor } from '@inovda/domain';
import { z } from 'zod';
import { listCarryCandidates, loadCarryPeriods } from '../../services/carry-over.ts';
import { roleProcedure } from '../../trpc.ts';

export const ZCarryPeriods = z.object({
  sourcePeriodId: z.string().min(1),
  targetPeriodId: z.string().min(1),
});

const periodInfo = (p: { id: string; year: number; name: string; state: string; editionCode: string }) => ({
  id: p.id,
  year: p.year,
  name: p.name,
  state: p.state,
  editionCode: p.editionCode,
});

export const candidates = roleProcedure('ADMIN', 'OPERATOR')
  .input(ZCarryPeriods.extend({ unitId: z.string().min(1).optional() }))
  .query(async ({ ctx, input }) => {
    const periods = await loadCarryPeriods(ctx.prisma, ctx.user, input.sourcePeriodId, input.targetPeriodId);
    const rows = await listCarryCandidates(ctx.prisma, ctx.user, periods, { unitId: input.unitId });
    const items = rows.map(({ source, innovation, profile, decision, targetSubmissionId }) => ({
      innovationId: innovation.id,
      name: innovation.name,
      unit: innovation.unit,
      tahapan: innovation.tahapan,
      waktuPenerapan: profile.waktuPenerapan ?? null,
      waktuPengembangan: profile.waktuPengembangan ?? null,
      sourceSubmission: {
        id: source.id,
        state: source.state,
        claimedMaturityX100: source.claimedMaturityX100,
        verifiedMaturityX100: source.verifiedMaturityX100,
      },
      targetSubmissionId,
      decision: {
        verdict: decision.verdict,
        code: decision.code,
        params: decision.params,
        developmentNoteRequired: decision.developmentNoteRequired,
        developmentDateRequired: decision.developmentDateRequired,
        source: decision.source,
        confidence: decision.confidence,
      },
    }));
    // Already carried rows are counted apart: the rule refuses them only because they are done.
    const open = items.filter((i) => i.targetSubmissionId === null);
    const count = (verdict: string) => open.filter((i) => i.decision.verdict === verdict).length;
    return {
      source: periodInfo(periods.source),
      target: periodInfo(periods.target),
      window: eligibilityWindowFor(periods.targetPack, periods.target.year),
      items,
      counts: {
        eligible: count('ELIGIBLE'),
        developmentRequired: count('DEVELOPMENT_REQUIRED'),
        ineligible: count('INELIGIBLE'),
        alreadyThere: items.length - open.length,
      },
    };
  });
