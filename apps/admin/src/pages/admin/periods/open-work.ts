import type { TFunction } from 'i18next';

/** What period.openWork counts. */
export interface TOpenWork {
  drafts: number;
  awaitingVerification: number;
}

/**
 * The lines of the warning shown before a period is closed, one per kind of open work; empty when nothing is
 * open (then the period closes without asking).
 */
export function describeOpenWork(work: TOpenWork, t: TFunction): string[] {
  const lines: string[] = [];
  if (work.drafts > 0) lines.push(t('periods.closeWarning.drafts', { count: work.drafts }));
  if (work.awaitingVerification > 0) {
    lines.push(t('periods.closeWarning.awaiting', { count: work.awaitingVerification }));
  }
  return lines;
}

/** The change asks for a warning: the period moves into CLOSED from another state. */
export function isClosing(from: string, to: string | undefined): boolean {
  return to === 'CLOSED' && from !== 'CLOSED';
}
