// Deadline reminders on demand: the ADMIN's "send reminders now" runs the same sweep as the hourly job, for
// the admin's own region, and reports what it sent. Safe to press twice: sent reminders are never repeated.
import type { TRPCRouterRecord } from '@trpc/server';
import { auditContext } from '../audit.ts';
import { runReminderSweep } from '../reminders/sweep.ts';
import { roleProcedure } from '../trpc.ts';

export const reminderRouter = {
  runNow: roleProcedure('ADMIN').mutation(async ({ ctx }) => {
    const mail = ctx.reminderMail ?? null;
    const result = await runReminderSweep(ctx.prisma, {
      now: ctx.now(),
      regionId: ctx.user.regionId,
      mail,
      ...auditContext(ctx),
    });
    return { ...result, emailAvailable: mail !== null };
  }),
} satisfies TRPCRouterRecord;
