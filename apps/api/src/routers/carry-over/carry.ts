// carryOver.carry: ADMIN (whole region, a unit, or chosen innovations) and OPERATOR (its own unit subtree)
// carry innovations of a past period into a later open one, all in one transaction. Chosen innovations that
// the rule refuses make the whole request fail with the reason; for a unit or the region, the refused ones are
// skipped and listed.
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { isRegionWide } from '../../scope.ts';
import { toErrorParams } from '../../services/apply-transition.ts';
import { listCarryCandidates, loadCarryPeriods } from '../../services/carry-over.ts';
import { carryCandidates } from '../../services/carry-over-write.ts';
import { roleProcedure } from '../../trpc.ts';
import { ZCarryPeriods } from './candidates.ts';

const ZSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('INNOVATIONS'), innovationIds: z.array(z.string().min(1)).min(1).max(500) }),
  z.object({ kind: z.literal('UNIT'), unitId: z.string().min(1) }),
  z.object({ kind: z.literal('REGION') }),
]);

export const carry = roleProcedure('ADMIN', 'OPERATOR')
  .input(ZCarryPeriods.extend({ selection: ZSelection }))
  .mutation(async ({ ctx, input }) => {
    const { selection } = input;
    // "Everything of the region" is a Bappeda decision; an operator names its innovations or its unit.
    if (selection.kind === 'REGION' && !isRegionWide(ctx.user))
      throw new AppError('AUTH.FORBIDDEN', { role: ctx.user.role });
    const periods = await loadCarryPeriods(ctx.prisma, ctx.user, input.sourcePeriodId, input.targetPeriodId);
    const candidates = await listCarryCandidates(ctx.prisma, ctx.user, periods, {
      unitId: selection.kind === 'UNIT' ? selection.unitId : undefined,
      innovationIds: selection.kind === 'INNOVATIONS' ? selection.innovationIds : undefined,
    });
    if (selection.kind === 'INNOVATIONS') {
      const refused = candidates.find((c) => c.decision.verdict === 'INELIGIBLE');
      if (refused) {
        const params = toErrorParams(refused.decision.params);
        throw AppError.fromDomain(refused.decision.code, { ...params, name: refused.innovation.name });
      }
    }
    const chosen = candidates.filter((c) => c.decision.verdict !== 'INELIGIBLE');
    const skipped = candidates
      .filter((c) => c.decision.verdict === 'INELIGIBLE')
      .map((c) => ({
        innovationId: c.innovation.id,
        name: c.innovation.name,
        code: c.decision.code,
        params: c.decision.params,
      }));
    const carried = chosen.length > 0 ? await carryCandidates(ctx, periods, chosen) : [];
    return {
      source: { id: periods.source.id, year: periods.source.year },
      target: { id: periods.target.id, year: periods.target.year },
      carried,
      skipped,
    };
  });
