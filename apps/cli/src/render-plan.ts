import {
  nextBestActions,
  planBestSet,
  type NextAction,
  type TEditionPack,
  type TPortfolio,
} from '@inovda/domain';
import { formatNumber, PREDICATE_LABEL } from './messages.ts';
import type { Lang } from './parse-args.ts';
import { renderPairs, renderTable } from './render-table.ts';

/** The `inovda plan --json` object: the score of everything, the best set, and the ranked next actions. */
export interface PlanOutput {
  edition: string;
  all: { innovationCount: number; iid: number; predicate: string };
  best: {
    innovationCount: number;
    iid: number;
    predicate: string;
    gain: number;
    send: string[];
    exclude: string[];
  };
  actions: (Omit<NextAction, 'gainX100' | 'iidAfter' | 'assumedMaturityX100'> & {
    /** IID points gained (rounded IID after minus before). */
    gain: number;
    iidAfter: number;
    /** For an added innovation: the maturity the estimate assumes (the portfolio median), in points. */
    assumedMaturity?: number;
  })[];
}

/** Plans the portfolio with the domain planner and shapes the result as plain JSON numbers. */
export function buildPlanOutput(edition: TEditionPack, portfolio: TPortfolio, limit: number): PlanOutput {
  const plan = planBestSet(edition, portfolio);
  const actions = nextBestActions(edition, portfolio, { limit });
  return {
    edition: edition.code,
    all: {
      innovationCount: plan.all.innovationCount,
      iid: Number(plan.all.iid),
      predicate: plan.all.predicate,
    },
    best: {
      innovationCount: plan.best.innovationCount,
      iid: Number(plan.best.iid),
      predicate: plan.best.predicate,
      gain: plan.gainX100 / 100,
      send: plan.sendIds,
      exclude: plan.excludedIds,
    },
    actions: actions.map(({ gainX100, iidAfter, assumedMaturityX100, description, ...action }) => ({
      ...action,
      gain: gainX100 / 100,
      iidAfter: Number(iidAfter),
      ...(assumedMaturityX100 === undefined ? {} : { assumedMaturity: assumedMaturityX100 / 100 }),
      description,
    })),
  };
}

const LABELS = {
  id: {
    title: 'Rencana pengiriman IID',
    all: 'Kirim semua',
    best: 'Himpunan terbaik',
    send: 'Dikirim',
    exclude: 'Tidak dikirim',
    none: '(tidak ada)',
    innovations: 'inovasi',
    actions: 'Tindakan berikutnya (menurut kenaikan IID)',
    noActions: 'Tidak ada tindakan yang masih menaikkan IID.',
    head: ['No', '+IID', 'IID baru', 'Tindakan'],
  },
  en: {
    title: 'IID submission plan',
    all: 'Send everything',
    best: 'Best set',
    send: 'Send',
    exclude: 'Leave out',
    none: '(none)',
    innovations: 'innovations',
    actions: 'Next actions (by IID gain)',
    noActions: 'No action raises the IID any further.',
    head: ['No', '+IID', 'New IID', 'Action'],
  },
} as const;

/** The plan as readable text (Indonesian by default). */
export function renderPlan(plan: PlanOutput, lang: Lang): string {
  const t = LABELS[lang];
  const iid = (value: number): string => formatNumber(value, lang, 2);
  const predicate = (code: string): string => PREDICATE_LABEL[code]?.[lang] ?? code;
  const summary = renderPairs([
    [
      t.all,
      `IID ${iid(plan.all.iid)} (${predicate(plan.all.predicate)}), ${plan.all.innovationCount} ${t.innovations}`,
    ],
    [
      t.best,
      `IID ${iid(plan.best.iid)} (${predicate(plan.best.predicate)}), ${plan.best.innovationCount} ${t.innovations}, +${iid(plan.best.gain)}`,
    ],
    [t.send, plan.best.send.join(', ') || t.none],
    [t.exclude, plan.best.exclude.join(', ') || t.none],
  ]);
  const rows = plan.actions.map((action, i) => [
    String(i + 1),
    `+${iid(action.gain)}`,
    iid(action.iidAfter),
    lang === 'en' ? action.description.en : action.description.id,
  ]);
  const actions =
    rows.length === 0 ? t.noActions : renderTable(t.head, rows, ['right', 'right', 'right', 'left']);
  return `${t.title}\n\n${summary}\n\n${t.actions}\n\n${actions}\n`;
}
