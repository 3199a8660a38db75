// The plain hand-written loop the domain API is measured against: integer hundredths over the typed arrays,
// the same exact IID (half-up from the exact rational) without any objects, maps or validation.
import type { NationalDataset } from './synthetic-national.ts';

/** Weights and constants copied out of an edition pack into flat numbers. */
export interface FlatRules {
  sidWeightsX100: Int32Array;
  spdWeightsX100: Int32Array;
  minDivisor: number;
  countWeightX100: number;
  countCap: number;
  yandasMin: number;
  /** Per urusan index: its yandas bit (1 << slot), or 0 for a non-yandas urusan. */
  yandasBit: Int32Array;
}

/** Per region IID in hundredths, and per innovation maturity in hundredths. */
export interface NationalScores {
  iidX100: Int32Array;
  maturityX100: Int32Array;
}

/** Scores every region with a flat loop. */
export function scoreWithLoop(data: NationalDataset, rules: FlatRules): NationalScores {
  const { sidCount, spdCount, offsets, sidTiers, urusan, spdTiers } = data;
  const iidX100 = new Int32Array(data.regionCount);
  const maturityX100 = new Int32Array(data.innovationCount);
  for (let r = 0; r < data.regionCount; r++) {
    let spd = 0;
    for (let s = 0; s < spdCount; s++)
      spd += (rules.spdWeightsX100[s] ?? 0) * (spdTiers[r * spdCount + s] ?? 0);
    const start = offsets[r] ?? 0;
    const end = offsets[r + 1] ?? 0;
    let sum = 0;
    let mask = 0;
    for (let j = start; j < end; j++) {
      let maturity = 0;
      const base = j * sidCount;
      for (let i = 0; i < sidCount; i++)
        maturity += (rules.sidWeightsX100[i] ?? 0) * (sidTiers[base + i] ?? 0);
      maturityX100[j] = maturity;
      sum += maturity;
      mask |= rules.yandasBit[urusan[j] ?? 0] ?? 0;
    }
    const n = end - start;
    let covered = 0;
    for (let m = mask; m !== 0; m &= m - 1) covered++;
    const divisor = Math.max(rules.minDivisor, n);
    const count = covered >= rules.yandasMin ? Math.min(n, rules.countCap) * rules.countWeightX100 : 0;
    // total (hundredths) = (spd * d + sum + count * d) / d; IID x100 = total x 100 / 250 = 2 total / 5.
    const numerator = (spd + count) * divisor + sum;
    iidX100[r] = Math.floor((4 * numerator + 5 * divisor) / (10 * divisor));
  }
  return { iidX100, maturityX100 };
}
