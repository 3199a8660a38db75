import { SUBMISSION_STATES } from '@inovda/domain';
/** Workflow order shown left to right in the pipeline chart: the domain's own order of states. */
const PIPELINE_ORDER = SUBMISSION_STATES;

export interface TBarDatum {
  key: string;
  label: string;
  value: number;
}

/** Every state in workflow order, zero-filled, so the bars never jump around between periods. */
export function shapePipeline(
  counts: Readonly<Record<string, number>>,
  labelOf: (state: string) => string,
): TBarDatum[] {
  return PIPELINE_ORDER.map((state) => ({ key: state, label: labelOf(state), value: counts[state] ?? 0 }));
}

export interface THistogramBin {
  key: string;
  /** Inclusive lower bound and exclusive upper bound, in hundredths (the last bin includes its upper bound). */
  fromX100: number;
  toX100: number;
  label: string;
  value: number;
}

/**
 * Buckets maturities (hundredths, 0..maxX100) into bins of `widthX100`; the last bin is closed so the
 * maximum (111) lands in it. Integer arithmetic only.
 */
export function shapeHistogram(
  maturitiesX100: readonly number[],
  widthX100 = 1000,
  maxX100 = 11100,
): THistogramBin[] {
  const binCount = Math.ceil(maxX100 / widthX100);
  const bins: THistogramBin[] = Array.from({ length: binCount }, (_, i) => {
    const fromX100 = i * widthX100;
    const toX100 = Math.min(fromX100 + widthX100, maxX100);
    return { key: String(i), fromX100, toX100, label: `${fromX100 / 100}–${toX100 / 100}`, value: 0 };
  });
  for (const m of maturitiesX100) {
    const index = Math.min(Math.max(Math.floor(m / widthX100), 0), binCount - 1);
    const bin = bins[index];
    if (bin) bin.value += 1;
  }
  return bins;
}

export interface TCoverageDatum {
  key: string;
  label: string;
  covered: number;
  uncovered: number;
}

/** Stacked bars: covered and not-yet-covered units per level (OPD, UPTD). */
export function shapeCoverageBars(
  tallies: Readonly<Record<string, { covered: number; total: number }>>,
  keys: readonly string[],
  labelOf: (key: string) => string,
): TCoverageDatum[] {
  return keys.map((key) => {
    const t = tallies[key] ?? { covered: 0, total: 0 };
    return { key, label: labelOf(key), covered: t.covered, uncovered: t.total - t.covered };
  });
}
