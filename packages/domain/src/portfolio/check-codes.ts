import type { TEditionPack } from '../editions/schema.ts';
import { makePortfolioIssue, type PortfolioIssue } from './portfolio-issues.ts';
import type { TPortfolio } from './portfolio-schema.ts';

/**
 * Second validation pass, once the shape is right and the edition is known: every SPD row code and SID
 * indicator code must exist in the edition, and innovation ids must be unique.
 */
export function checkPortfolioCodes(portfolio: TPortfolio, edition: TEditionPack): PortfolioIssue[] {
  const issues: PortfolioIssue[] = [];
  const spdCodes = new Set(edition.spd.map((row) => row.code));
  const sidCodes = new Set(edition.sid.map((indicator) => indicator.code));
  const spdList = edition.spd.map((row) => row.code).join(', ');
  const sidList = `${edition.sid[0]?.code ?? ''}..${edition.sid.at(-1)?.code ?? ''}`;

  for (const code of Object.keys(portfolio.spd)) {
    if (!spdCodes.has(code)) {
      issues.push(
        makePortfolioIssue(
          'PORTFOLIO.UNKNOWN_SPD_ROW',
          ['spd', code],
          `Baris SPD "${code}" tidak ada di edisi ${edition.code} (yang ada: ${spdList}).`,
          `SPD row "${code}" does not exist in edition ${edition.code} (valid: ${spdList}).`,
        ),
      );
    }
  }

  const firstIndexById = new Map<string, number>();
  portfolio.innovations.forEach((innovation, index) => {
    const first = firstIndexById.get(innovation.id);
    if (first === undefined) firstIndexById.set(innovation.id, index);
    else {
      issues.push(
        makePortfolioIssue(
          'PORTFOLIO.DUPLICATE_ID',
          ['innovations', index, 'id'],
          `Id "${innovation.id}" sudah dipakai oleh innovations[${first}]; id harus unik.`,
          `Id "${innovation.id}" is already used by innovations[${first}]; ids must be unique.`,
        ),
      );
    }
    for (const code of Object.keys(innovation.indicators)) {
      if (!sidCodes.has(code)) {
        issues.push(
          makePortfolioIssue(
            'PORTFOLIO.UNKNOWN_INDICATOR',
            ['innovations', index, 'indicators', code],
            `Kode indikator "${code}" tidak ada di edisi ${edition.code} (indikator SID: ${sidList}).`,
            `Indicator code "${code}" does not exist in edition ${edition.code} (SID indicators: ${sidList}).`,
          ),
        );
      }
    }
  });
  return issues;
}
