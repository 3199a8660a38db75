// The words of a deadline reminder, in Indonesian and English (the catalogue's `email:reminder.*`, with i18next
// plural forms), rendered from its stored data. The in-app notification keeps both languages (the app shows the
// one in use); the e-mail carries both, Indonesian first.
import type { ReminderAudience, ReminderDeadline } from '@inovda/db';
import { EDITABLE_STATES, type ReminderMilestone, REVIEW_QUEUE_STATES } from '@inovda/domain';
import type { TKeyOf, TResources } from '@inovda/i18n';
import { translate, type TParams } from '@inovda/i18n/catalogue';
import type { Lang } from '../errors.ts';
import { countIn, type ReminderData } from './plan.ts';

export interface ReminderFacts {
  audience: ReminderAudience;
  deadline: ReminderDeadline;
  milestone: ReminderMilestone;
  data: ReminderData;
}

export interface ReminderText {
  title: string;
  body: string;
  /** "Tenggat: Senin, 15 Juni 2026 pukul 23.59 WIB" */
  deadlineLine: string;
}

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
/** Indonesia's zones by the names people use; other zones fall back to Intl's short name. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Where a reminder points in the app: the OPD's innovations, the review queue, the admin's dashboard. */
export function reminderLink(audience: ReminderAudience, periodId: string): string {
  switch (audience) {
    case 'OPERATOR':
      return '/innovations';
    case 'VERIFIER':
      return '/review';
    case 'ADMIN':
      return `/dashboard?period=${encodeURIComponent(periodId)}`;
  }
}

function formatDeadline(iso: string, timeZone: string, lang: Lang): string {
  const when = new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
  const zone =
    ZONE_NAMES[timeZone] ??
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(iso))
      .find((part) => part.type === 'timeZoneName')?.value ??
    timeZone;
  return `${when} ${zone}`;
}

/** A text of the e-mail namespace of the catalogue (plural forms chosen by `count`). */
const say = (lang: Lang, key: TKeyOf<TResources['email']>, params: TParams = {}) =>
  translate(lang, 'email', key, params);

function title(facts: ReminderFacts, lang: Lang): string {
  const deadline = say(lang, `reminder.deadline.${facts.deadline}`);
  const period = facts.data.periodName;
  const days = facts.data.daysLeft;
  if (facts.milestone === 'OVERDUE') return say(lang, 'reminder.titleOverdue', { deadline, period });
  const when =
    days <= 0
      ? say(lang, 'reminder.today')
      : days === 1
        ? say(lang, 'reminder.tomorrow')
        : say(lang, 'reminder.inDays', { count: days });
  return say(lang, 'reminder.titleUpcoming', { deadline, period, when });
}

function unitsWithoutText(data: ReminderData, lang: Lang): string {
  const more = data.unitsWithout - data.unitsWithoutNames.length;
  return say(lang, 'reminder.unitsWithout', {
    count: data.unitsWithout,
    names: data.unitsWithoutNames.join(', '),
    more: more > 0 ? say(lang, 'reminder.more', { count: more }) : '',
  });
}

function operatorBody(facts: ReminderFacts, lang: Lang): string[] {
  const { data } = facts;
  const drafts = data.counts.DRAFT ?? 0;
  const returned = data.counts.RETURNED ?? 0;
  const lines: string[] = [];
  if (drafts + returned > 0) {
    const parts = [
      drafts > 0 ? say(lang, 'reminder.drafts', { count: drafts }) : null,
      returned > 0 ? say(lang, 'reminder.returned', { count: returned }) : null,
    ].filter(Boolean);
    lines.push(say(lang, 'reminder.operatorLine', { parts: parts.join(say(lang, 'reminder.and')) }));
  }
  if (data.unitsWithout > 0) lines.push(unitsWithoutText(data, lang));
  return lines;
}

function verifierBody(facts: ReminderFacts, lang: Lang): string[] {
  const { data } = facts;
  return [
    say(lang, 'reminder.verifierLine', {
      count: countIn(data, REVIEW_QUEUE_STATES),
      submitted: data.counts.SUBMITTED ?? 0,
      inReview: data.counts.IN_REVIEW ?? 0,
    }),
  ];
}

function adminBody(facts: ReminderFacts, lang: Lang): string[] {
  const { data } = facts;
  const c = (state: keyof ReminderData['counts']) => data.counts[state] ?? 0;
  return [
    say(lang, 'reminder.adminSummary', { count: data.units, without: data.unitsWithout }),
    say(lang, 'reminder.adminStates', {
      open: countIn(data, EDITABLE_STATES),
      draft: c('DRAFT'),
      returned: c('RETURNED'),
      waiting: countIn(data, REVIEW_QUEUE_STATES),
      verified: c('VERIFIED'),
      ready: c('READY_TO_SEND'),
      sent: c('SENT'),
      rejected: c('REJECTED'),
    }),
  ];
}

export function renderReminder(facts: ReminderFacts, lang: Lang): ReminderText {
  const lines =
    facts.audience === 'OPERATOR'
      ? operatorBody(facts, lang)
      : facts.audience === 'VERIFIER'
        ? verifierBody(facts, lang)
        : adminBody(facts, lang);
  if (facts.milestone === 'OVERDUE') lines.push(say(lang, 'reminder.overdueClosing'));
  const deadlineLine = say(lang, 'reminder.deadlineLine', {
    when: formatDeadline(facts.data.deadlineAt, facts.data.timeZone, lang),
  });
  return { title: title(facts, lang), body: lines.join(' '), deadlineLine };
}
