import type { TEditionPack } from '../editions/schema.ts';
import { x100ToNumber } from '../scoring/format.ts';
import { roundRationalScaled, type Rational } from '../scoring/rational.ts';
import { scoreInnovation } from '../scoring/score-innovation.ts';
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
 * Scores a validated portfolio (see {@link parsePortfolio}) with the domain scoring: every innovation in the
 * file counts in n, tiers as given (claimed or verified, whatever the file holds), missing codes are tier 0.
 * Returns the `inovda score --json` report.
 */
export function scorePortfolio(edition: TEditionPack, portfolio: TPortfolio): PortfolioReport {
  const innovations = portfolio.innovations.map((innovation) => ({
    id: innovation.id,
    urusan: innovation.urusan,
    maturityX100: scoreInnovation(edition, innovation.indicators).maturityX100,
  }));
  return toPortfolioReport(edition, scoreRegion(edition, { spd: portfolio.spd, innovations }), innovations);
}
