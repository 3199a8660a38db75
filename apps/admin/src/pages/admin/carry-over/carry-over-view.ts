import { formatIssueMessage, type MessageLanguage } from '@inovda/domain';

/** Period states of the read-only archive (as the server's `isArchivedPeriod`). */
const ARCHIVE_STATES: readonly string[] = ['CLOSED', 'ARCHIVED'];
/** Period states that take new submissions, i.e. carry-over targets. */
const TARGET_STATES: readonly string[] = ['PLANNING', 'OPEN'];

export interface TPeriodLite {
  id: string;
  year: number;
  name: string;
  state: string;
}

export function isArchivedState(state: string): boolean {
  return ARCHIVE_STATES.includes(state);
}

/** Periods innovations can be carried from: closed or archived, newest first. */
export function listSourcePeriods<P extends TPeriodLite>(periods: readonly P[]): P[] {
  return periods.filter((p) => isArchivedState(p.state)).sort((a, b) => b.year - a.year);
}

/** Periods they can go into: planned or open, later than the source, nearest year first. */
export function listTargetPeriods<P extends TPeriodLite>(
  periods: readonly P[],
  sourceYear: number | undefined,
): P[] {
  if (sourceYear === undefined) return [];
  return periods
    .filter((p) => TARGET_STATES.includes(p.state) && p.year > sourceYear)
    .sort((a, b) => a.year - b.year);
}

/** The usual choice: the newest closed year into the nearest later planned or open one. */
export function pickDefaultPair(periods: readonly TPeriodLite[]): { sourceId?: string; targetId?: string } {
  const source = listSourcePeriods(periods)[0];
  const target = listTargetPeriods(periods, source?.year)[0];
  return { sourceId: source?.id, targetId: target?.id };
}

export interface TCarryItemLite {
  innovationId: string;
  targetSubmissionId: string | null;
  decision: {
    verdict: string;
    code: string;
    params: Readonly<Record<string, unknown>>;
    developmentNoteRequired: boolean;
  };
}

/** Whether a row can be chosen: the rule does not refuse it and it is not in the target period yet. */
export function isCarryable(item: TCarryItemLite): boolean {
  return item.decision.verdict !== 'INELIGIBLE' && item.targetSubmissionId === null;
}

/** The rule's reason in words (the domain's messages, so the API, the CLI and this screen agree). */
export function describeReason(
  decision: { code: string; params: Readonly<Record<string, unknown>> },
  lng: MessageLanguage,
): string {
  return formatIssueMessage(decision.code, decision.params as Parameters<typeof formatIssueMessage>[1], lng);
}

/** How many of the chosen rows can go, and how many of those will need a development note. */
export function summarizeSelection(items: readonly TCarryItemLite[], selectedIds: readonly string[]) {
  const chosen = new Set(selectedIds);
  const carryable = items.filter((item) => chosen.has(item.innovationId) && isCarryable(item));
  return {
    count: carryable.length,
    needNote: carryable.filter((item) => item.decision.developmentNoteRequired).length,
    ids: carryable.map((item) => item.innovationId),
  };
}
