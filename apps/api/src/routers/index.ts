// The app router: one import and one key per area router (engineers append theirs here).
import { router } from '../trpc.ts';
import { auditRouter } from './audit/index.ts';
import { carryOverRouter } from './carry-over/index.ts';
import { authRouter } from './auth.ts';
import { answerRouter } from './answer.ts';
import { dashboardRouter } from './dashboard.ts';
import { editionRouter } from './edition.ts';
import { evidenceRouter } from './evidence.ts';
import { exportRouter } from './export.ts';
import { importRouter } from './import.ts';
import { indicatorNoteRouter } from './indicator-note.ts';
import { innovationRouter } from './innovation/index.ts';
import { nationalResultRouter } from './national-result.ts';
import { notificationRouter } from './notification.ts';
import { packageRouter } from './package.ts';
import { periodRouter } from './period.ts';
import { regionRouter } from './region.ts';
import { reminderRouter } from './reminder.ts';
import { reviewRouter } from './review.ts';
import { spdRouter } from './spd.ts';
import { submissionRouter } from './submission.ts';
import { unitRouter } from './unit.ts';
import { userRouter } from './user.ts';

export const appRouter = router({
  auth: authRouter,
  unit: unitRouter,
  user: userRouter,
  period: periodRouter,
  audit: auditRouter,
  notification: notificationRouter,
  dashboard: dashboardRouter,
  innovation: innovationRouter,
  answer: answerRouter,
  evidence: evidenceRouter,
  review: reviewRouter,
  indicatorNote: indicatorNoteRouter,
  submission: submissionRouter,
  spd: spdRouter,
  edition: editionRouter,
  export: exportRouter,
  import: importRouter,
  carryOver: carryOverRouter,
  package: packageRouter,
  reminder: reminderRouter,
  region: regionRouter,
  nationalResult: nationalResultRouter,
});

export type AppRouter = typeof appRouter;
