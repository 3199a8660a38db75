import type { z } from 'zod';
import { checkBands, checkTiers, report } from '../editions/pack-check-parts.ts';
import { PACK_CHECK_TEXTS as T } from '../editions/pack-messages.ts';
import type { TEvidenceExpectation } from './expectation-schema.ts';

type Path = (string | number)[];

/**
 * Cross-field checks of an indicator's evidence expectations (part of `checkEditionPack`): unique tiers in a
 * ladder or coverage rule, ordered bands, year ranges that do not run backwards, and a Kemanfaatan rule only
 * on an indicator that has measurement bases.
 */
export function checkExpectations(
  ctx: z.RefinementCtx,
  indicator: { expectations?: TEvidenceExpectation | undefined; bases?: readonly unknown[] | undefined },
  path: Path,
): void {
  const expectations = indicator.expectations;
  if (!expectations) return;
  const rule = expectations.tierRule;
  const rulePath = [...path, 'tierRule'];
  switch (rule.kind) {
    case 'LADDER':
    case 'YEAR_COVERAGE':
      checkTiers(ctx, rule.tiers, [...rulePath, 'tiers']);
      break;
    case 'EVENT_COUNT':
    case 'FIGURE':
      checkBands(ctx, rule.bands, [...rulePath, 'bands']);
      break;
    case 'KEMANFAATAN':
      if (!indicator.bases) report(ctx, [...rulePath, 'kind'], T.kemanfaatanNeedsBases);
      break;
  }
  (expectations.years ?? []).forEach((year, i) => {
    if (year.rule === 'WITHIN' && year.fromOffset > year.toOffset) {
      report(ctx, [...path, 'years', i, 'fromOffset'], T.yearOffsetOrder);
    }
  });
}
