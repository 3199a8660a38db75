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
  type RegionInput,
  type TEditionPack,
} from '../src/index.ts';
import type { NationalScores } from './baseline-loop.ts';
import type { NationalDataset } from './synthetic-national.ts';

/** How the fast path finds a region's yandas coverage. */
export type YandasCounting =
  { kind: 'mask'; bitByUrusan: Int32Array } | { kind: 'slugs'; urusanSlugs: readonly string[] };

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/**
 * Bulk scoring with `compileEdition`, `scoreMaturityX100`, `scoreSpdX100` and `scoreRegionTotals` (the domain's
 * aggregate entry point). `scoreRegionTotals` takes yandasCovered as an aggregate: with `mask` the caller ORs
 * per-urusan bits built from `YANDAS_URUSAN`; with `slugs` it passes each region's distinct urusan slugs to
 * `listYandasCovered`, the domain's string-based helper.
 */
export function scoreWithFastPath(
  data: NationalDataset,
  edition: TEditionPack,
  yandas: YandasCounting,
): NationalScores {
  const compiled = compileEdition(edition);
  const { sidCount, spdCount, offsets, sidTiers, urusan, spdTiers } = data;
  const iidX100 = new Int32Array(data.regionCount);
  const maturityX100 = new Int32Array(data.innovationCount);
  const seenInRegion = new Int32Array(yandas.kind === 'slugs' ? yandas.urusanSlugs.length : 0).fill(-1);
  for (let r = 0; r < data.regionCount; r++) {
    const start = offsets[r] as number;
    const end = offsets[r + 1] as number;
    let sumMaturityX100 = 0;
    let mask = 0;
    const slugs: string[] = [];
    for (let j = start; j < end; j++) {
      const maturity = scoreMaturityX100(compiled, sidTiers, j * sidCount);
      maturityX100[j] = maturity;
      sumMaturityX100 += maturity;
      const u = urusan[j] as number;
      if (yandas.kind === 'mask') mask |= yandas.bitByUrusan[u] as number;
      else if (seenInRegion[u] !== r) {
        seenInRegion[u] = r;
        slugs.push(yandas.urusanSlugs[u] as string);
      }
    }
    iidX100[r] = scoreRegionTotals(compiled, {
      spdX100: scoreSpdX100(compiled, spdTiers, r * spdCount),
      innovationCount: end - start,
      sumMaturityX100,
      yandasCovered: yandas.kind === 'mask' ? popcount(mask) : listYandasCovered(slugs).length,
    }).iidX100;
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
