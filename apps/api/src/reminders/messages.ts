// The words of a deadline reminder, in Indonesian and English, rendered from its stored data. The in-app
// notification keeps both languages (the app shows the one in use); the e-mail carries both, Indonesian first.
import type { ReminderAudience, ReminderDeadline } from '@inovda/db';
import type { ReminderMilestone } from '@inovda/domain';
import type { Lang } from '../errors.ts';
import { countIn, OPERATOR_OPEN_STATES, type ReminderData, REVIEW_QUEUE_STATES } from './plan.ts';

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

const DEADLINE_NAME: Record<ReminderDeadline, Record<Lang, string>> = {
  INTERNAL: { id: 'tenggat internal', en: 'internal deadline' },
  NATIONAL: { id: 'tenggat nasional', en: 'national deadline' },
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function title(facts: ReminderFacts, lang: Lang): string {
  const name = DEADLINE_NAME[facts.deadline][lang];
  const period = facts.data.periodName;
  const days = facts.data.daysLeft;
  if (facts.milestone === 'OVERDUE') {
    return lang === 'id' ? `Sudah lewat: ${name} ${period}` : `Passed: ${period} ${name}`;
  }
  if (lang === 'id') {
    const when = days <= 0 ? 'hari ini' : days === 1 ? 'besok' : `tinggal ${days} hari`;
    return `Pengingat: ${name} ${period} ${when}`;
  }
  const when = days <= 0 ? 'is today' : days === 1 ? 'is tomorrow' : `in ${days} days`;
  return `Reminder: ${period} ${name} ${when}`;
}

function unitsWithoutText(data: ReminderData, lang: Lang): string {
  const more = data.unitsWithout - data.unitsWithoutNames.length;
  const names = data.unitsWithoutNames.join(', ');
  if (lang === 'id') {
    return `${data.unitsWithout} unit belum punya inovasi untuk periode ini: ${names}${more > 0 ? ` (dan ${more} lainnya)` : ''}.`;
  }
  return `${plural(data.unitsWithout, 'unit has', 'units have')} no innovation for this period yet: ${names}${more > 0 ? ` (and ${more} more)` : ''}.`;
}

function operatorBody(facts: ReminderFacts, lang: Lang): string[] {
  const { data } = facts;
  const drafts = data.counts.DRAFT ?? 0;
  const returned = data.counts.RETURNED ?? 0;
  const lines: string[] = [];
  if (drafts + returned > 0) {
    if (lang === 'id') {
      const parts = [
        drafts > 0 ? `${drafts} inovasi masih draf` : null,
        returned > 0 ? `${returned} inovasi dikembalikan untuk perbaikan` : null,
      ].filter(Boolean);
      lines.push(`Di unit Anda ${parts.join(' dan ')}; lengkapi dan ajukan sebelum tenggat.`);
    } else {
      const parts = [
        drafts > 0 ? plural(drafts, 'innovation is still a draft', 'innovations are still drafts') : null,
        returned > 0
          ? `${plural(returned, 'innovation was', 'innovations were')} returned for revision`
          : null,
      ].filter(Boolean);
      lines.push(`In your units ${parts.join(' and ')}; complete and submit before the deadline.`);
    }
  }
  if (data.unitsWithout > 0) lines.push(unitsWithoutText(data, lang));
  return lines;
}

function verifierBody(facts: ReminderFacts, lang: Lang): string[] {
  const { data } = facts;
  const waiting = countIn(data, REVIEW_QUEUE_STATES);
  const submitted = data.counts.SUBMITTED ?? 0;
  const inReview = data.counts.IN_REVIEW ?? 0;
  return lang === 'id'
    ? [`${waiting} pengajuan menunggu verifikasi (${submitted} baru diajukan, ${inReview} sedang diperiksa).`]
    : [
        `${plural(waiting, 'submission is', 'submissions are')} waiting for review (${submitted} newly submitted, ${inReview} in review).`,
      ];
}

function adminBody(facts: ReminderFacts, lang: Lang): string[] {
  const { data } = facts;
  const c = (state: keyof ReminderData['counts']) => data.counts[state] ?? 0;
  const waiting = countIn(data, REVIEW_QUEUE_STATES);
  const open = countIn(data, OPERATOR_OPEN_STATES);
  return lang === 'id'
    ? [
        `Ringkasan: ${data.unitsWithout} dari ${data.units} unit belum punya inovasi.`,
        `Belum diajukan ${open} (draf ${c('DRAFT')}, dikembalikan ${c('RETURNED')}), menunggu verifikasi ${waiting}, terverifikasi ${c('VERIFIED')}, siap kirim ${c('READY_TO_SEND')}, terkirim ${c('SENT')}, ditolak ${c('REJECTED')}.`,
      ]
    : [
        `Summary: ${data.unitsWithout} of ${plural(data.units, 'unit has', 'units have')} no innovation yet.`,
        `Not submitted ${open} (draft ${c('DRAFT')}, returned ${c('RETURNED')}), waiting for review ${waiting}, verified ${c('VERIFIED')}, ready to send ${c('READY_TO_SEND')}, sent ${c('SENT')}, rejected ${c('REJECTED')}.`,
      ];
}

export function renderReminder(facts: ReminderFacts, lang: Lang): ReminderText {
  const lines =
    facts.audience === 'OPERATOR'
      ? operatorBody(facts, lang)
      : facts.audience === 'VERIFIER'
        ? verifierBody(facts, lang)
        : adminBody(facts, lang);
  if (facts.milestone === 'OVERDUE') {
    lines.push(
      lang === 'id'
        ? 'Segera selesaikan, dan hubungi tim inovasi daerah bila perlu.'
        : 'Please finish as soon as possible, and contact the regional innovation team if needed.',
    );
  }
  const deadlineLine = `${lang === 'id' ? 'Tenggat' : 'Deadline'}: ${formatDeadline(facts.data.deadlineAt, facts.data.timeZone, lang)}`;
  return { title: title(facts, lang), body: lines.join(' '), deadlineLine };
}
