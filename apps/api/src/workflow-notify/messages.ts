// The words of a workflow notification (a submission moved), in Indonesian and English. They name the innovation,
// its unit and the period, never an id. The in-app notification stores both languages (the app shows the one in
// use); the e-mail carries both, Indonesian first. A reply of the unit to a verifier's note on one indicator is
// told the same way (it is not a move of the submission, but the verifier acts next on it).
import type { Lang } from '../errors.ts';

export type WorkflowEvent =
  'submitted' | 'resubmitted' | 'returned' | 'approved' | 'rejected' | 'ready' | 'replied';

/** What the texts are rendered from (kept in the notification's data). */
export interface WorkflowFacts {
  event: WorkflowEvent;
  innovationName: string;
  unitName: string;
  periodName: string;
  actorName: string;
  /** How many times the innovation has been submitted (1 = first time). */
  round: number;
  /** The reviewer's note of a return or rejection; the unit's reply. */
  note: string | null;
  /** A reply: the indicator it answers (number and name as the edition says). */
  indicator?: { code: string; name: string };
}

export interface WorkflowText {
  title: string;
  body: string;
}

const TITLE: Record<WorkflowEvent, Record<Lang, (f: WorkflowFacts) => string>> = {
  submitted: { id: () => 'Inovasi diajukan', en: () => 'Innovation submitted' },
  resubmitted: {
    id: (f) => `Dikirim ulang (putaran ke-${f.round})`,
    en: (f) => `Resubmitted (round ${f.round})`,
  },
  returned: { id: () => 'Dikembalikan untuk perbaikan', en: () => 'Returned for revision' },
  approved: { id: () => 'Disetujui verifikator', en: () => 'Approved by the verifier' },
  rejected: { id: () => 'Ditolak', en: () => 'Rejected' },
  ready: { id: () => 'Siap dikirim ke pusat', en: () => 'Ready to send to the national portal' },
  replied: {
    id: (f) => `Balasan OPD pada indikator ${f.indicator?.code ?? ''}`,
    en: (f) => `Reply from the unit on indicator ${f.indicator?.code ?? ''}`,
  },
};

const BODY: Record<WorkflowEvent, Record<Lang, (f: WorkflowFacts) => string>> = {
  submitted: {
    id: (f) => `${f.actorName} mengajukan inovasi ini untuk diverifikasi (${f.periodName}).`,
    en: (f) => `${f.actorName} submitted this innovation for verification (${f.periodName}).`,
  },
  resubmitted: {
    id: (f) =>
      `${f.actorName} mengirim ulang inovasi ini setelah perbaikan (${f.periodName}); ini pengajuan ke-${f.round}.`,
    en: (f) =>
      `${f.actorName} resubmitted this innovation after revision (${f.periodName}); this is submission ${f.round}.`,
  },
  returned: {
    id: (f) => `${f.actorName} mengembalikan inovasi ini untuk diperbaiki (${f.periodName}).`,
    en: (f) => `${f.actorName} returned this innovation for revision (${f.periodName}).`,
  },
  approved: {
    id: (f) => `${f.actorName} menyetujui hasil verifikasi inovasi ini (${f.periodName}).`,
    en: (f) => `${f.actorName} approved the verification of this innovation (${f.periodName}).`,
  },
  rejected: {
    id: (f) => `${f.actorName} menolak inovasi ini (${f.periodName}).`,
    en: (f) => `${f.actorName} rejected this innovation (${f.periodName}).`,
  },
  ready: {
    id: (f) => `${f.actorName} menandai inovasi ini siap dikirim ke aplikasi nasional (${f.periodName}).`,
    en: (f) =>
      `${f.actorName} marked this innovation ready to send to the national portal (${f.periodName}).`,
  },
  replied: {
    id: (f) =>
      `${f.actorName} membalas catatan verifikasi pada indikator ${f.indicator?.code ?? ''} (${f.indicator?.name ?? ''}), ${f.periodName}.`,
    en: (f) =>
      `${f.actorName} replied to the verification note on indicator ${f.indicator?.code ?? ''} (${f.indicator?.name ?? ''}), ${f.periodName}.`,
  },
};

const NOTE_LABEL: Record<Lang, string> = { id: 'Catatan', en: 'Note' };
const REPLY_LABEL: Record<Lang, string> = { id: 'Balasan', en: 'Reply' };

export function renderWorkflow(facts: WorkflowFacts, lang: Lang): WorkflowText {
  const title = `${TITLE[facts.event][lang](facts)}: ${facts.innovationName} (${facts.unitName})`;
  const note = facts.note?.trim();
  const label = facts.event === 'replied' ? REPLY_LABEL : NOTE_LABEL;
  const body = BODY[facts.event][lang](facts) + (note ? ` ${label[lang]}: ${note}` : '');
  return { title, body };
}
