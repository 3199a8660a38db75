/** How serious a validation issue is: ERROR blocks the next step, WARNING informs. */
export type IssueSeverity = 'ERROR' | 'WARNING';

/** A path into the validated input, as zod reports it (`['rancangBangun', 'tujuan']`). */
export type IssuePath = readonly (string | number)[];

/** Named message parameters; the `{param}` placeholders of `ISSUE_MESSAGES` are filled from here. */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * One finding of a validator. `code` is stable (`AREA.REASON`) so the API and the admin can look up the same
 * Indonesian/English words in `ISSUE_MESSAGES`; `params` carries the numbers that the message needs.
 */
export interface ValidationIssue {
  readonly code: string;
  readonly path: IssuePath;
  readonly severity: IssueSeverity;
  readonly params: IssueParams;
}

/** Builds an issue; `params` defaults to an empty object. */
export function createIssue(
  code: string,
  path: IssuePath,
  severity: IssueSeverity,
  params: IssueParams = {},
): ValidationIssue {
  return { code, path, severity, params };
}

/** True when at least one issue has severity ERROR. */
export function hasBlockingIssue(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'ERROR');
}
