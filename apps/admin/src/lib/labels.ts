import type { TFunction } from 'i18next';

/**
 * The one place where every domain code gets its words: `labels.<Group>.<CODE>` in the `common` namespace
 * (packages/i18n/locales/<lng>/common.json), one group per Prisma enum plus the domain's own codes (workflow actions, rule
 * confidence, classification, predicate). `labels.test.ts` checks that every value of every enum has a label in
 * Indonesian and English, so a new enum value cannot reach a screen as its code.
 */
export type TLabelGroup =
  | 'UnitKind'
  | 'Role'
  | 'PeriodState'
  | 'Tahapan'
  | 'Inisiator'
  | 'JenisInovasi'
  | 'BentukInovasi'
  | 'Klasifikasi'
  | 'SubmissionState'
  | 'Verdict'
  | 'ImportKind'
  | 'ImportFormat'
  | 'EvidenceKind'
  | 'ReminderDeadline'
  | 'ReminderMilestone'
  | 'ReminderAudience'
  | 'ReminderEmailStatus'
  | 'EvidenceTextStatus'
  | 'IndicatorNoteKind'
  | 'WorkflowAction'
  | 'Confidence'
  | 'Predicate'
  | 'PreconditionReason';

/** Words for a code; an unknown code (a newer server) becomes lower-case words rather than SCREAMING_CASE. */
export function labelOf(t: TFunction, group: TLabelGroup, code: string | null | undefined): string {
  if (!code) return '';
  const fallback = code.toLowerCase().replace(/_/g, ' ');
  return t(`labels.${group}.${code}`, { ns: 'common', defaultValue: fallback });
}

/** Several codes as one list of words ("Draf, Dikembalikan"). */
function labelsOf(t: TFunction, group: TLabelGroup, codes: readonly string[]): string {
  return codes.map((code) => labelOf(t, group, code)).join(', ');
}

/**
 * Error parameters that carry codes, and the group that names them. The server sends `{ from: 'DRAFT' }`; the
 * sentence must read "dari status Draf".
 */
const CODE_PARAMS: Record<string, TLabelGroup> = {
  state: 'SubmissionState',
  from: 'SubmissionState',
  to: 'SubmissionState',
  states: 'SubmissionState',
  action: 'WorkflowAction',
  verdict: 'Verdict',
  roles: 'Role',
  role: 'Role',
  kind: 'EvidenceKind',
  allowed: 'EvidenceKind',
  kinds: 'EvidenceKind',
};

/** Which group a parameter's codes belong to, for error texts whose area decides it (`PERIOD.*`: period states). */
function groupFor(appCode: string | undefined, param: string): TLabelGroup | undefined {
  const periodArea = /^(PERIOD|SPD|INNOVATION|CARRY)\./.test(appCode ?? '');
  if (periodArea && ['state', 'from', 'to', 'states'].includes(param)) return 'PeriodState';
  if (param === 'reason' && appCode === 'WORKFLOW.PRECONDITION') return 'PreconditionReason';
  return CODE_PARAMS[param];
}

const CODE = /^[A-Z][A-Z0-9_]*$/;

/** Replaces codes in an error's parameters by their words; other parameters pass unchanged. */
export function labelErrorParams(
  t: TFunction,
  appCode: string | undefined,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const group = groupFor(appCode, name);
    if (group && typeof value === 'string' && CODE.test(value)) out[name] = labelOf(t, group, value);
    else if (group && Array.isArray(value) && value.every((v) => typeof v === 'string' && CODE.test(v))) {
      out[name] = labelsOf(t, group, value as string[]);
    } else if (group && typeof value === 'string' && /^[A-Z0-9_]+(, ?[A-Z0-9_]+)+$/.test(value)) {
      out[name] = labelsOf(t, group, value.split(/, ?/));
    } else out[name] = value;
  }
  return out;
}
