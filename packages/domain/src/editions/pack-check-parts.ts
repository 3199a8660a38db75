// The small checks that the pack checks and the evidence-expectation checks share (issues with both languages,
// unique tiers, ordered bands). Their own module so that neither of the two imports the other.
import type { z } from 'zod';
import type { IssueMessage } from '../messages/message-types.ts';
import { PACK_CHECK_TEXTS as T } from './pack-messages.ts';
import type { TBands } from './schema-parts.ts';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

/** Adds a custom issue: the Indonesian text as zod's message, the English one in `params.en`. */
export function report(ctx: Ctx, path: Path, message: IssueMessage): void {
  ctx.addIssue({ code: 'custom', message: message.id, path, params: { en: message.en } });
}

export function checkTiers(ctx: Ctx, options: readonly { tier: number }[], path: Path): void {
  const seen = new Set<number>();
  options.forEach((option, i) => {
    if (seen.has(option.tier)) report(ctx, [...path, i, 'tier'], T.duplicateTier(option.tier));
    seen.add(option.tier);
  });
}

export function checkBands(ctx: Ctx, bands: TBands | undefined, path: Path): void {
  if (!bands) return;
  const { tier1, tier2, tier3 } = bands.cutX100;
  // Cut-points must be strictly monotone in the direction of "better", or a tier would be unreachable.
  const better = (a: number, b: number) => (bands.direction === 'HIGHER_IS_BETTER' ? a > b : a < b);
  if (!better(tier3, tier2)) report(ctx, [...path, 'cutX100', 'tier3'], T.bandOrder(3, bands.direction));
  if (tier1 !== null && !better(tier2, tier1)) {
    report(ctx, [...path, 'cutX100', 'tier2'], T.bandOrder(2, bands.direction));
  }
}
