// The words of a workflow notification (a submission moved), in Indonesian and English. They name the innovation,
// its unit and the period, never an id. The in-app notification stores both languages (the app shows the one in
// use); the e-mail carries both, Indonesian first.
import type { Lang } from '../errors.ts';

export type WorkflowEvent = 'submitted' | 'resubmitted' | 'returned' | 'approved' | 'rejected' | 'ready';

/** What the texts are rendered from (kept in the notification's data). */
export interface WorkflowFacts {
  event: WorkflowEvent;
  innovationName: string;
  unitName: string;
  periodName: string;
  actorName: string;
  /** How many times the innovation has been submitted (1 = first time). */
  round: number;
  /** The reviewer's note of a return or rejection. */
  note: string | null;
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
};

const NOTE_LABEL: Record<Lang, string> = { id: 'Catatan', en: 'Note' };

export function renderWorkflow(facts: WorkflowFacts, lang: Lang): WorkflowText {
  const title = `${TITLE[facts.event][lang](facts)}: ${facts.innovationName} (${facts.unitName})`;
  const note = facts.note?.trim();
  const body = BODY[facts.event][lang](facts) + (note ? ` ${NOTE_LABEL[lang]}: ${note}` : '');
  return { title, body };
}
