import { isYandas, type PortfolioReport, type TPortfolio } from '@inovda/domain';
import { formatNumber, PREDICATE_LABEL } from './messages.ts';
import type { Lang } from './parse-args.ts';
import { renderPairs, renderTable } from './render-table.ts';

const LABELS = {
  id: {
    title: 'Skor Indeks Inovasi Daerah',
    edition: 'Edisi',
    spd: 'Skor SPD',
    count: 'Jumlah inovasi (n)',
    divisor: 'Pembagi MAX(k, n)',
    average: 'Rata-rata kematangan',
    yandas: 'Urusan yandas tercakup',
    countScore: 'Skor jumlah inovasi',
    sid: 'Skor SID',
    total: 'Skor total',
    iid: 'IID',
    predicate: 'Predikat',
    of: 'dari 6',
    table: ['No', 'Id', 'Nama', 'Urusan', 'Yandas', 'Kematangan'],
    yes: 'ya',
    no: '-',
  },
  en: {
    title: 'Regional Innovation Index (IID) score',
    edition: 'Edition',
    spd: 'SPD score',
    count: 'Innovations (n)',
    divisor: 'Divisor MAX(k, n)',
    average: 'Average maturity',
    yandas: 'Yandas urusan covered',
    countScore: 'Innovation count score',
    sid: 'SID score',
    total: 'Total score',
    iid: 'IID',
    predicate: 'Predicate',
    of: 'of 6',
    table: ['No', 'Id', 'Name', 'Urusan', 'Yandas', 'Maturity'],
    yes: 'yes',
    no: '-',
  },
} as const;

/** The score report as a readable table (Indonesian by default). */
export function renderScore(report: PortfolioReport, portfolio: TPortfolio, lang: Lang): string {
  const t = LABELS[lang];
  const n = (value: number): string => formatNumber(value, lang);
  const summary = renderPairs([
    [t.edition, report.edition],
    [t.spd, n(report.spd)],
    [t.count, String(report.innovationCount)],
    [t.divisor, String(report.divisor)],
    [t.average, n(report.averageMaturity)],
    [t.yandas, `${report.yandasCovered} ${t.of}`],
    [t.countScore, n(report.countScore)],
    [t.sid, n(report.sid)],
    [t.total, n(report.total)],
    [t.iid, formatNumber(report.iid, lang, 2)],
    [t.predicate, PREDICATE_LABEL[report.predicate]?.[lang] ?? report.predicate],
  ]);
  const rows = portfolio.innovations.map((innovation, j) => [
    String(j + 1),
    innovation.id,
    innovation.name ?? '',
    innovation.urusan,
    isYandas(innovation.urusan) ? t.yes : t.no,
    n(report.innovations[j]?.maturity ?? 0),
  ]);
  const table =
    rows.length === 0
      ? ''
      : `\n\n${renderTable(t.table, rows, ['right', 'left', 'left', 'left', 'left', 'right'])}`;
  return `${t.title}\n\n${summary}${table}\n`;
}
