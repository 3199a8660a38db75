// The two ways the domain's public API scores the national dataset: the bulk fast path (compiled edition,
// typed arrays, region totals) and the object API that the app and the CLI use (tiers by code, one object per
// innovation). Both produce the same per-region IID and per-innovation maturity arrays as the loop.
import {
  compileEdition,
  listYandasCovered,
  scoreInnovation,
  scoreMaturityX100,
  scoreRegion,
  scoreRegionTotals,
  scoreSpdX100,
  type CompiledEdition,
  type RegionInput,
  type TEditionPack,
} from '../src/index.ts';
import type { NationalScores } from './baseline-loop.ts';
import type { NationalDataset } from './synthetic-national.ts';

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

// One region per call: a small hot function V8 optimises as a whole, instead of on-stack-replacing one long
// loop over all regions (which deoptimised at every exit and made the timings bimodal).
function scoreRegionWithMask(
  compiled: CompiledEdition,
  data: NationalDataset,
  r: number,
  bitByUrusan: Int32Array,
  maturityX100: Int32Array,
): number {
  const start = data.offsets[r] as number;
  const end = data.offsets[r + 1] as number;
  const { sidCount, sidTiers, urusan } = data;
  let sumMaturityX100 = 0;
  let mask = 0;
  for (let j = start; j < end; j++) {
    const maturity = scoreMaturityX100(compiled, sidTiers, j * sidCount);
    maturityX100[j] = maturity;
    sumMaturityX100 += maturity;
    mask |= bitByUrusan[urusan[j] as number] as number;
  }
  return scoreRegionTotals(compiled, {
    spdX100: scoreSpdX100(compiled, data.spdTiers, r * data.spdCount),
    innovationCount: end - start,
    sumMaturityX100,
    yandasCovered: popcount(mask),
  }).iidX100;
}

/**
 * Bulk scoring with `compileEdition`, `scoreMaturityX100`, `scoreSpdX100` and `scoreRegionTotals` (the domain's
 * aggregate entry point). `scoreRegionTotals` takes yandasCovered as an aggregate; here the caller ORs
 * per-urusan bits built once from `YANDAS_URUSAN` (`bitByUrusan`, 0 for a non-yandas urusan).
 */
export function scoreWithFastPath(
  data: NationalDataset,
  edition: TEditionPack,
  bitByUrusan: Int32Array,
): NationalScores {
  const compiled = compileEdition(edition);
  const iidX100 = new Int32Array(data.regionCount);
  const maturityX100 = new Int32Array(data.innovationCount);
  for (let r = 0; r < data.regionCount; r++) {
    iidX100[r] = scoreRegionWithMask(compiled, data, r, bitByUrusan, maturityX100);
  }
  return { iidX100, maturityX100 };
}

function scoreRegionWithSlugs(
  compiled: CompiledEdition,
  data: NationalDataset,
  r: number,
  urusanSlugs: readonly string[],
  seenInRegion: Int32Array,
  maturityX100: Int32Array,
): number {
  const start = data.offsets[r] as number;
  const end = data.offsets[r + 1] as number;
  const { sidCount, sidTiers, urusan } = data;
  let sumMaturityX100 = 0;
  const slugs: string[] = [];
  for (let j = start; j < end; j++) {
    const maturity = scoreMaturityX100(compiled, sidTiers, j * sidCount);
    maturityX100[j] = maturity;
    sumMaturityX100 += maturity;
    const u = urusan[j] as number;
    if (seenInRegion[u] !== r) {
      seenInRegion[u] = r;
      slugs.push(urusanSlugs[u] as string);
    }
  }
  return scoreRegionTotals(compiled, {
    spdX100: scoreSpdX100(compiled, data.spdTiers, r * data.spdCount),
    innovationCount: end - start,
    sumMaturityX100,
    yandasCovered: listYandasCovered(slugs).length,
  }).iidX100;
}

/**
 * The same fast path, but the yandas coverage comes from the domain's string-based `listYandasCovered`, fed
 * each region's distinct urusan slugs (collected with a per-urusan stamp, not one slug per innovation).
 */
export function scoreWithFastPathSlugs(
  data: NationalDataset,
  edition: TEditionPack,
  urusanSlugs: readonly string[],
): NationalScores {
  const compiled = compileEdition(edition);
  const iidX100 = new Int32Array(data.regionCount);
  const maturityX100 = new Int32Array(data.innovationCount);
  const seenInRegion = new Int32Array(urusanSlugs.length).fill(-1);
  for (let r = 0; r < data.regionCount; r++) {
    iidX100[r] = scoreRegionWithSlugs(compiled, data, r, urusanSlugs, seenInRegion, maturityX100);
  }
  return { iidX100, maturityX100 };
}

/** One region as the object API takes it: SPD tiers by code and innovations with SID tiers by code. */
export interface ObjectRegion {
  spd: Record<string, number>;
  innovations: { id: string; urusan: string; indicators: Record<string, number> }[];
}

/** Converts the typed arrays into per-region objects (done once, outside the timed runs). */
export function buildObjectRegions(
  data: NationalDataset,
  edition: TEditionPack,
  urusanSlugs: readonly string[],
): ObjectRegion[] {
  const { sidCodes, spdCodes } = compileEdition(edition);
  const tiers = (codes: readonly string[], source: Uint8Array, offset: number) =>
    Object.fromEntries(codes.map((code, i) => [code, source[offset + i] ?? 0]));
  return Array.from({ length: data.regionCount }, (_, r) => {
    const innovations = [];
    for (let j = data.offsets[r] ?? 0; j < (data.offsets[r + 1] ?? 0); j++) {
      innovations.push({
        id: `r${r}-${j}`,
        urusan: urusanSlugs[data.urusan[j] ?? 0] ?? '',
        indicators: tiers(sidCodes, data.sidTiers, j * data.sidCount),
      });
    }
    return { spd: tiers(spdCodes, data.spdTiers, r * data.spdCount), innovations };
  });
}

/** Scores the object regions with `scoreInnovation` per innovation and `scoreRegion` per region. */
export function scoreWithObjectApi(
  regions: readonly ObjectRegion[],
  edition: TEditionPack,
  innovationCount: number,
): NationalScores {
  const iidX100 = new Int32Array(regions.length);
  const maturityX100 = new Int32Array(innovationCount);
  let j = 0;
  regions.forEach((region, r) => {
    const input: RegionInput = {
      spd: region.spd,
      innovations: region.innovations.map((innovation) => {
        const maturity = scoreInnovation(edition, innovation.indicators).maturityX100;
        maturityX100[j++] = maturity;
        return { id: innovation.id, urusan: innovation.urusan, maturityX100: maturity };
      }),
    };
    iidX100[r] = scoreRegion(edition, input).iidX100;
  });
  return { iidX100, maturityX100 };
}
