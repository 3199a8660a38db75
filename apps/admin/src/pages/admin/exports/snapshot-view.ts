// What the package page shows about frozen snapshots, computed from the API's answers (the server decides; these
// only choose words, colours and which buttons to offer).

export type TSnapshotStatus = 'FROZEN' | 'STALE' | 'SENT';
export type TVerifyStatus = 'INTACT' | 'ALTERED' | 'MISSING';

export const SNAPSHOT_STATUS_COLOR: Record<TSnapshotStatus, string> = {
  FROZEN: 'blue',
  STALE: 'warning',
  SENT: 'purple',
};

export const VERIFY_STATUS_COLOR: Record<TVerifyStatus, string> = {
  INTACT: 'success',
  ALTERED: 'error',
  MISSING: 'error',
};

/** The first 12 hex digits of a sha256: enough to compare by eye with the manifest or a printed receipt. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** What a freeze would hold, from export.preview: the ids to confirm and the counts the dialog names. */
export function freezePlan(innovations: readonly { submissionId: string; state: string }[]) {
  const ready = innovations.filter((i) => i.state === 'READY_TO_SEND').length;
  return {
    submissionIds: innovations.map((i) => i.submissionId),
    total: innovations.length,
    ready,
    alreadySent: innovations.length - ready,
    /** The server refuses a package with nothing ready (PACKAGE.NOTHING_READY); the button says so first. */
    canFreeze: ready > 0,
  };
}

/** Marking sent is offered only for a current, unsent snapshot; a stale one must be frozen again. */
export function canMarkSent(status: TSnapshotStatus, isAdmin: boolean): boolean {
  return isAdmin && status === 'FROZEN';
}

/** Whole seconds since `startedAt`, for the "freezing ... 12 s" line. */
export function elapsedSeconds(startedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}
