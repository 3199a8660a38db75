import { type Result, err, ok } from '../result.ts';
import type { Role, SubmissionState } from './states.ts';
import { TRANSITIONS } from './transitions.ts';

/**
 * The national submission package (flow 5): the submissions the ADMIN froze at READY_TO_SEND, and those of the
 * period already SENT, that are chosen to send. Freezing it records a snapshot (the ZIP built once, with its
 * hash); marking the snapshot sent moves its READY_TO_SEND submissions to SENT (MARK_SENT, which requires
 * `inFrozenPackage`), so a submission is only ever sent as part of a package that can be shown later.
 */
export const PACKAGE_STATES = ['READY_TO_SEND', 'SENT'] as const satisfies readonly SubmissionState[];

/** Why a package cannot be frozen or marked sent; `params` holds the details for the message. */
export interface PackageError {
  readonly code:
    | 'PACKAGE.NOTHING_READY'
    | 'PACKAGE.NOT_PACKAGED'
    | 'PACKAGE.ALREADY_SENT'
    | 'PACKAGE.STALE'
    | 'WORKFLOW.ROLE_FORBIDDEN';
  readonly params: Readonly<Record<string, string | number | readonly string[]>>;
}

/** Roles that decide the send: the roles of MARK_SENT. */
function packageRoleError(role: Role): PackageError | null {
  const roles = TRANSITIONS.MARK_SENT.roles;
  return roles.includes(role)
    ? null
    : { code: 'WORKFLOW.ROLE_FORBIDDEN', params: { roles, action: 'FREEZE' } };
}

/**
 * Decides whether a package made of `items` (the chosen submissions with their current state) may be frozen:
 * the role may send, every item is in a package state (`PACKAGE.NOT_PACKAGED` lists the others), and at least
 * one is READY_TO_SEND (`PACKAGE.NOTHING_READY`: a package of only already-sent submissions is not a new send).
 * Returns the ids of the READY_TO_SEND items, which marking the snapshot sent will move to SENT.
 */
export function decidePackageFreeze(request: {
  readonly role: Role;
  readonly items: readonly { readonly submissionId: string; readonly state: SubmissionState }[];
}): Result<{ readonly ready: string[] }, PackageError> {
  const forbidden = packageRoleError(request.role);
  if (forbidden) return err(forbidden);
  const outside = request.items.filter(
    (item) => !(PACKAGE_STATES as readonly SubmissionState[]).includes(item.state),
  );
  if (outside.length > 0) {
    return err({
      code: 'PACKAGE.NOT_PACKAGED',
      params: { submissionIds: outside.map((i) => i.submissionId) },
    });
  }
  const ready = request.items.filter((item) => item.state === 'READY_TO_SEND').map((i) => i.submissionId);
  if (ready.length === 0) return err({ code: 'PACKAGE.NOTHING_READY', params: {} });
  return ok({ ready });
}

/** One submission of a frozen snapshot: as frozen, and as it is now (null when it no longer exists). */
export interface FrozenPackageItem {
  readonly submissionId: string;
  readonly frozenState: SubmissionState;
  readonly frozenVersion: number;
  readonly state: SubmissionState | null;
  readonly version: number | null;
}

/** Items whose submission changed (any write bumps its version) or disappeared since the freeze. */
export function listChangedSinceFreeze(items: readonly FrozenPackageItem[]): string[] {
  return items
    .filter((item) => item.state !== item.frozenState || item.version !== item.frozenVersion)
    .map((item) => item.submissionId);
}

/**
 * Decides marking a frozen snapshot as sent: the role may send, the snapshot was not marked sent before
 * (`PACKAGE.ALREADY_SENT`), and no submission changed since the freeze (`PACKAGE.STALE` with their ids: what
 * was frozen is no longer what would be sent, so the ADMIN freezes again). Returns the submissions to move by
 * MARK_SENT (those frozen at READY_TO_SEND), each of them then decided by `decideTransition` with
 * `inFrozenPackage: true`.
 */
export function decidePackageSend(request: {
  readonly role: Role;
  readonly alreadySent: boolean;
  readonly items: readonly FrozenPackageItem[];
}): Result<{ readonly toSend: string[] }, PackageError> {
  const forbidden = packageRoleError(request.role);
  if (forbidden) return err(forbidden);
  if (request.alreadySent) return err({ code: 'PACKAGE.ALREADY_SENT', params: {} });
  const changed = listChangedSinceFreeze(request.items);
  if (changed.length > 0) return err({ code: 'PACKAGE.STALE', params: { submissionIds: changed } });
  const toSend = request.items
    .filter((item) => item.frozenState === 'READY_TO_SEND')
    .map((item) => item.submissionId);
  if (toSend.length === 0) return err({ code: 'PACKAGE.NOTHING_READY', params: {} });
  return ok({ toSend });
}
