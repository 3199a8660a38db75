import { z } from 'zod';

/** Submission states, identical to the Prisma enum `SubmissionState`. */
export const SUBMISSION_STATES = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'RETURNED',
  'VERIFIED',
  'READY_TO_SEND',
  'SENT',
  'REJECTED',
] as const;
/** Submission states as a zod enum. */
export const ZSubmissionState = z.enum(SUBMISSION_STATES);
/** One submission state. */
export type SubmissionState = z.infer<typeof ZSubmissionState>;

/** User roles, identical to the Prisma enum `Role`. */
export const ROLES = ['ADMIN', 'VERIFIER', 'OPERATOR', 'VIEWER'] as const;
/** User roles as a zod enum. */
export const ZRole = z.enum(ROLES);
/** One user role. */
export type Role = z.infer<typeof ZRole>;

/** Workflow actions a user can take on a submission. */
export const WORKFLOW_ACTIONS = [
  'SUBMIT',
  'START_REVIEW',
  'RETURN_FOR_REVISION',
  'APPROVE',
  'REJECT',
  'MARK_READY',
  'UNMARK_READY',
  'MARK_SENT',
  'REOPEN',
] as const;
/** Workflow actions as a zod enum. */
export const ZWorkflowAction = z.enum(WORKFLOW_ACTIONS);
/** One workflow action. */
export type WorkflowAction = z.infer<typeof ZWorkflowAction>;
