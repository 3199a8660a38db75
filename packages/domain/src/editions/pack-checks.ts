import { type z } from 'zod';
import { PACK_CHECK_TEXTS as T } from './pack-messages.ts';
import type { TEditionPackBase } from './schema.ts';
import { checkExpectations } from '../evidence/check-expectations.ts';
import { checkBands, checkTiers, report } from './pack-check-parts.ts';
import { expectedTotalMaxX100 } from './total-max.ts';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function checkFileKinds(ctx: Ctx, kinds: readonly string[] | undefined, path: Path): void {
  const seen = new Set<string>();
  (kinds ?? []).forEach((kind, i) => {
    if (seen.has(kind)) report(ctx, [...path, 'fileKinds', i], T.duplicateFileKind(kind));
    seen.add(kind);
  });
}

function checkUniqueCodes(ctx: Ctx, items: readonly { code: string }[], path: Path, seen: Set<string>): void {
  items.forEach((item, i) => {
    if (seen.has(item.code)) report(ctx, [...path, i, 'code'], T.duplicateCode(item.code));
    seen.add(item.code);
  });
}

function checkConstants(ctx: Ctx, pack: TEditionPackBase): void {
  const c = pack.constants;
  const bands = c.predicateBands.value;
  const base: Path = ['constants', 'predicateBands', 'value'];
  if (!(bands.sangatInovatifX100 > bands.inovatifX100)) {
    report(ctx, [...base, 'sangatInovatifX100'], T.sangatAboveInovatif);
  }
  if (!(bands.inovatifX100 > bands.kurangInovatifX100)) {
    report(ctx, [...base, 'inovatifX100'], T.inovatifAboveKurang);
  }
  if (!(bands.kurangInovatifX100 > 0)) report(ctx, [...base, 'kurangInovatifX100'], T.kurangPositive);
  if (bands.sangatInovatifX100 > 10000) report(ctx, [...base, 'sangatInovatifX100'], T.bandAtMost100);
  const window = c.eligibilityWindow.value;
  if (window.from > window.to) {
    report(ctx, ['constants', 'eligibilityWindow', 'value', 'to'], T.windowOrder);
  }
  // The maximum total must be reachable exactly, so that the IID stays within 0..100.
  const maxX100 = expectedTotalMaxX100(pack);
  if (maxX100 !== c.totalMax.value * 100) {
    report(ctx, ['constants', 'totalMax', 'value'], T.totalMax(String(maxX100 / 100)));
  }
}

/**
 * Cross-field checks of a rule pack (zod `superRefine`): unique codes over SPD and SID, unique tiers and file kinds, strictly
 * ordered bands, descending predicate bands, an ordered eligibility window, and `totalMax` equal to the sum of
 * the maxima (3 x weights + count weight x cap), which keeps every IID within 0..100.
 */
export function checkEditionPack(pack: TEditionPackBase, ctx: Ctx): void {
  const codes = new Set<string>();
  checkUniqueCodes(ctx, pack.spd, ['spd'], codes);
  checkUniqueCodes(ctx, pack.sid, ['sid'], codes);
  pack.spd.forEach((row, i) => {
    checkTiers(ctx, row.options, ['spd', i, 'options']);
    checkBands(ctx, row.bands, ['spd', i, 'bands']);
    if (Boolean(row.bands) !== Boolean(row.derivation)) {
      report(ctx, ['spd', i, row.bands ? 'derivation' : 'bands'], T.bandsNeedDerivation);
    }
  });
  pack.sid.forEach((indicator, i) => {
    checkTiers(ctx, indicator.options, ['sid', i, 'options']);
    checkFileKinds(ctx, indicator.evidence.fileKinds, ['sid', i, 'evidence']);
    if (indicator.expectations) checkExpectations(ctx, indicator, ['sid', i, 'expectations']);
    if (!indicator.bases) return;
    checkUniqueCodes(ctx, indicator.bases, ['sid', i, 'bases'], new Set());
    indicator.bases.forEach((basis, j) => {
      checkTiers(ctx, basis.options, ['sid', i, 'bases', j, 'options']);
      checkBands(ctx, basis.bands, ['sid', i, 'bases', j, 'bands']);
      checkFileKinds(ctx, basis.evidence?.fileKinds, ['sid', i, 'bases', j, 'evidence']);
    });
  });
  checkConstants(ctx, pack);
}
