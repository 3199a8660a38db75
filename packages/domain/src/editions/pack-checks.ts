import { type z } from 'zod';
import type { TEditionPackBase } from './schema.ts';
import type { TBands, TTierOption } from './schema-parts.ts';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function report(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', message, path });
}

function checkTiers(ctx: Ctx, options: readonly TTierOption[], path: Path): void {
  const seen = new Set<number>();
  options.forEach((option, i) => {
    if (seen.has(option.tier))
      report(ctx, [...path, i, 'tier'], `Tingkat ${option.tier} muncul lebih dari sekali`);
    seen.add(option.tier);
  });
}

function checkFileKinds(ctx: Ctx, kinds: readonly string[] | undefined, path: Path): void {
  const seen = new Set<string>();
  (kinds ?? []).forEach((kind, i) => {
    if (seen.has(kind))
      report(ctx, [...path, 'fileKinds', i], `Jenis berkas ${kind} muncul lebih dari sekali`);
    seen.add(kind);
  });
}

function checkBands(ctx: Ctx, bands: TBands | undefined, path: Path): void {
  if (!bands) return;
  const { tier1, tier2, tier3 } = bands.cutX100;
  // Cut-points must be strictly monotone in the direction of "better", or a tier would be unreachable.
  const better = (a: number, b: number) => (bands.direction === 'HIGHER_IS_BETTER' ? a > b : a < b);
  const word = bands.direction === 'HIGHER_IS_BETTER' ? 'lebih besar' : 'lebih kecil';
  if (!better(tier3, tier2))
    report(ctx, [...path, 'cutX100', 'tier3'], `Batas tingkat 3 harus ${word} dari tingkat 2`);
  if (tier1 !== null && !better(tier2, tier1)) {
    report(ctx, [...path, 'cutX100', 'tier2'], `Batas tingkat 2 harus ${word} dari tingkat 1`);
  }
}

function checkUniqueCodes(ctx: Ctx, items: readonly { code: string }[], path: Path, seen: Set<string>): void {
  items.forEach((item, i) => {
    if (seen.has(item.code)) report(ctx, [...path, i, 'code'], `Kode ${item.code} tidak unik`);
    seen.add(item.code);
  });
}

function checkConstants(ctx: Ctx, pack: TEditionPackBase): void {
  const c = pack.constants;
  const bands = c.predicateBands.value;
  const base: Path = ['constants', 'predicateBands', 'value'];
  if (!(bands.sangatInovatifX100 > bands.inovatifX100)) {
    report(ctx, [...base, 'sangatInovatifX100'], 'Batas Sangat Inovatif harus di atas batas Inovatif');
  }
  if (!(bands.inovatifX100 > bands.kurangInovatifX100)) {
    report(ctx, [...base, 'inovatifX100'], 'Batas Inovatif harus di atas batas Kurang Inovatif');
  }
  if (!(bands.kurangInovatifX100 > 0))
    report(ctx, [...base, 'kurangInovatifX100'], 'Batas Kurang Inovatif harus > 0');
  if (bands.sangatInovatifX100 > 10000)
    report(ctx, [...base, 'sangatInovatifX100'], 'Batas tidak boleh di atas 100');
  const window = c.eligibilityWindow.value;
  if (window.from > window.to) {
    report(ctx, ['constants', 'eligibilityWindow', 'value', 'to'], 'Akhir jendela kelayakan sebelum awalnya');
  }
  // The maximum total must be reachable exactly, so that the IID stays within 0..100.
  const sum = (rows: readonly { weightX100: number }[]) => rows.reduce((acc, r) => acc + r.weightX100, 0);
  const maxX100 = 3 * sum(pack.spd) + 3 * sum(pack.sid) + c.countWeightX100.value * c.countCap.value;
  if (maxX100 !== c.totalMax.value * 100) {
    report(
      ctx,
      ['constants', 'totalMax', 'value'],
      `Skor total maksimum harus sama dengan SPD + SID + jumlah inovasi maksimum (${maxX100 / 100})`,
    );
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
      report(
        ctx,
        ['spd', i, row.bands ? 'derivation' : 'bands'],
        'Pita angka dan cara turunan harus ada bersama',
      );
    }
  });
  pack.sid.forEach((indicator, i) => {
    checkTiers(ctx, indicator.options, ['sid', i, 'options']);
    checkFileKinds(ctx, indicator.evidence.fileKinds, ['sid', i, 'evidence']);
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
