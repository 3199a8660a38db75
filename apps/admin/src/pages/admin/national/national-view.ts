import { parseX100Input, SCORE_INPUT } from '@inovda/domain';
import type { TRouterOutputs } from '../../../lib/trpc';

type TNationalList = TRouterOutputs['nationalResult']['list'];
export type TNationalItem = TNationalList['items'][number];
export type TNationalSummary = TNationalList['summary'];
export type TNationalRegion = TNationalList['region'];

/** How a national - verified difference reads: not yet known, over-estimated, a little lower, or not lower. */
export type TDiffTone = 'none' | 'over' | 'lower' | 'ok';

export function diffTone(
  item: Pick<TNationalItem, 'nationalMinusVerifiedX100' | 'overEstimated'>,
): TDiffTone {
  if (item.nationalMinusVerifiedX100 === null) return 'none';
  if (item.overEstimated) return 'over';
  return item.nationalMinusVerifiedX100 < 0 ? 'lower' : 'ok';
}

/** antd Tag colours per tone; the tag always carries text too, so colour is never the only signal. */
export const TONE_COLOUR: Record<TDiffTone, string> = {
  none: 'default',
  over: 'red',
  lower: 'orange',
  ok: 'green',
};

/**
 * A typed national score in exact hundredths, or the reason it is refused: 'format' (not a number with at most
 * two decimals) or 'max' (above the edition's maximum maturity).
 */
export function parseNationalScore(
  text: string,
  maxX100: number,
): { ok: true; x100: number } | { ok: false; reason: 'format' | 'max' } {
  const x100 = parseX100Input(text, SCORE_INPUT);
  if (x100 === null) return { ok: false, reason: 'format' };
  if (x100 > maxX100) return { ok: false, reason: 'max' };
  return { ok: true, x100 };
}

/** One bar pair of the chart: verified and national in points (display only; the table shows exact text). */
export interface TChartDatum {
  key: string;
  label: string;
  verified: number;
  national: number | null;
}

/** The chart's rows: innovations with a national result first (in table order), then the others. */
export function chartData(items: readonly TNationalItem[]): TChartDatum[] {
  const rows = items.map((item) => ({
    key: item.submissionId,
    label: item.name,
    verified: item.verifiedX100 / 100,
    national: item.nationalX100 === null ? null : item.nationalX100 / 100,
  }));
  return [...rows.filter((r) => r.national !== null), ...rows.filter((r) => r.national === null)];
}
