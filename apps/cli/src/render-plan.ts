import type { PlanReport } from '@inovda/domain';
import { formatNumber, PREDICATE_LABEL } from './messages.ts';
import type { Lang } from './parse-args.ts';
import { renderPairs, renderTable } from './render-table.ts';

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
export function renderPlan(plan: PlanReport, lang: Lang): string {
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
