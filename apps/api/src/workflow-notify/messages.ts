// The words of a workflow notification (a submission moved), in Indonesian and English (the catalogue's
// `email:workflow.*`). They name the innovation,
// its unit and the period, never an id. The in-app notification stores both languages (the app shows the one in
// use); the e-mail carries both, Indonesian first. A reply of the unit to a verifier's note on one indicator is
// told the same way (it is not a move of the submission, but the verifier acts next on it).
import type { TKeyOf, TResources } from '@inovda/i18n';
import { translate } from '@inovda/i18n/catalogue';
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

/** The params every workflow text may name; a text uses those it needs. */
function params(f: WorkflowFacts) {
  return {
    actor: f.actorName,
    period: f.periodName,
    round: f.round,
    code: f.indicator?.code ?? '',
    name: f.indicator?.name ?? '',
  };
}

export function renderWorkflow(facts: WorkflowFacts, lang: Lang): WorkflowText {
  const say = (key: TKeyOf<TResources['email']>) => translate(lang, 'email', key, params(facts));
  const title = `${say(`workflow.title.${facts.event}`)}: ${facts.innovationName} (${facts.unitName})`;
  const note = facts.note?.trim();
  const label = say(facts.event === 'replied' ? 'workflow.reply' : 'workflow.note');
  const body = say(`workflow.body.${facts.event}`) + (note ? ` ${label}: ${note}` : '');
  return { title, body };
}
