import type { TEditionPack } from '../editions/schema.ts';
import { x100ToNumber } from '../scoring/format.ts';
import { roundRationalScaled, type Rational } from '../scoring/rational.ts';
import { compileEdition, type CompiledEdition } from '../scoring/compile-edition.ts';
import { scoreRegion, type RegionScore } from '../scoring/score-region.ts';
import { REPORT_DECIMALS, type PortfolioReport } from './portfolio-report.ts';
import type { TPortfolio } from './portfolio-schema.ts';

function displayNumber(value: Rational): number {
  return Number(roundRationalScaled(value, REPORT_DECIMALS)) / 10 ** REPORT_DECIMALS;
}

/** Shapes a region score as the JSON report (points as numbers; see {@link PortfolioReport} on rounding). */
export function toPortfolioReport(
  edition: TEditionPack,
  region: RegionScore,
  innovations: readonly { id: string; maturityX100: number }[],
): PortfolioReport {
  return {
    edition: edition.code,
    spd: x100ToNumber(region.spdX100),
    innovationCount: region.innovationCount,
    divisor: region.divisor,
    averageMaturity: displayNumber(region.averageMaturity),
    yandasCovered: region.yandasCovered,
    countScore: x100ToNumber(region.countScoreX100),
    sid: displayNumber(region.sid),
    total: displayNumber(region.total),
    iid: x100ToNumber(region.iidX100),
    predicate: region.predicate,
    innovations: innovations.map(({ id, maturityX100 }) => ({ id, maturity: x100ToNumber(maturityX100) })),
  };
}

/**
 * Maturity of a validated innovation: Σ weight × tier over the edition's SID codes, missing codes tier 0.
 * Codes and tiers were checked by {@link parsePortfolio}, so this is the plain sum that `scoreInnovation`
 * computes, without its per-row objects (a national file has 36,742 innovations).
 */
function maturityX100Of(compiled: CompiledEdition, indicators: Readonly<Record<string, number>>): number {
  const { sidCodes, sidWeightsX100 } = compiled;
  let sum = 0;
  for (let i = 0; i < sidCodes.length; i++) {
    sum += (sidWeightsX100[i] ?? 0) * (indicators[sidCodes[i] ?? ''] ?? 0);
  }
  return sum;
}

/**
 * Scores a validated portfolio (see {@link parsePortfolio}) with the domain scoring: every innovation in the
 * file counts in n, tiers as given (claimed or verified, whatever the file holds), missing codes are tier 0.
 * Returns the `inovda score --json` report.
 */
export function scorePortfolio(edition: TEditionPack, portfolio: TPortfolio): PortfolioReport {
  const compiled = compileEdition(edition);
  const innovations = portfolio.innovations.map((innovation) => ({
    id: innovation.id,
    urusan: innovation.urusan,
    maturityX100: maturityX100Of(compiled, innovation.indicators),
  }));
  return toPortfolioReport(edition, scoreRegion(edition, { spd: portfolio.spd, innovations }), innovations);
}
