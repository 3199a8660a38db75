import type { IssueParams } from '../issues.ts';
import type { TransitionError } from '../workflow/decide-transition.ts';

/**
 * The message code and params for a refused transition: a precondition failure maps to its specific code
 * (`WORKFLOW.PRECONDITION.VERDICTS_PENDING` ...), and `from`, `action` and `role` join the params.
 */
export function describeTransitionError(error: TransitionError): { code: string; params: IssueParams } {
  const params = { ...error.params, from: error.from, action: error.action, role: error.role };
  const reason = error.params.reason;
  const code =
    error.code === 'WORKFLOW.PRECONDITION' && typeof reason === 'string'
      ? `${error.code}.${reason}`
      : error.code;
  return { code, params };
}
