// The reminder sweep: for every OPEN or REVIEW period with a deadline at a milestone (D-7, D-3, D-1, overdue,
// counted in the region's time zone), write the reminders the plan calls for. Each reminder row carries a unique
// key (user, period, deadline, deadline moment, milestone, audience) and is inserted with ON CONFLICT DO NOTHING,
// so a second sweep, on this replica or another one at the same moment, adds nothing. The in-app notification
// and the e-mail job are written in the same transaction as the reminder: all three exist, or none.
import type { Prisma, PrismaClient, ReminderAudience, ReminderDeadline } from '@inovda/db';
import { DEFAULT_TIME_ZONE, deadlineStanding, isValidTimeZone } from '@inovda/domain';
import { type AuditActor, writeAudit } from '../audit.ts';
import type { Lang } from '../errors.ts';
import type { ReminderMailQueue } from '../jobs/types.ts';
import { reminderLink, renderReminder } from './messages.ts';
import { type DeadlineMoment, type PeriodSnapshot, planReminders, type ReminderCandidate } from './plan.ts';

type Tx = Prisma.TransactionClient;

export interface SweepOptions {
  now: Date;
  /** Only this region (an ADMIN's "send now"); all regions when absent (the scheduled sweep). */
  regionId?: string;
  /** The e-mail queue; null when e-mail is off (then every reminder is in-app only). */
  mail: ReminderMailQueue | null;
  /** Who asked (audited as `reminder.runNow`); null for the scheduled sweep (audited as `reminder.sweep`). */
  actor?: AuditActor | null;
  requestId?: string;
}

interface SweepDeadline {
  periodId: string;
  periodName: string;
  deadline: ReminderDeadline;
  deadlineAt: Date;
  milestone: DeadlineMoment['milestone'] | null;
  daysLeft: number;
}

export interface SweepResult {
  /** New in-app notifications (one per new reminder). */
  notifications: number;
  /** E-mails queued with them. */
  emails: number;
  byAudience: Record<ReminderAudience, number>;
  /** Every deadline looked at, with the milestone it stands at (null: more than 7 days away). */
  deadlines: SweepDeadline[];
}

const periodSelect = {
  id: true,
  regionId: true,
  name: true,
  year: true,
  state: true,
  internalDeadline: true,
  nationalDeadline: true,
  region: { select: { timeZone: true } },
} as const satisfies Prisma.PeriodSelect;
type SweptPeriod = Prisma.PeriodGetPayload<{ select: typeof periodSelect }>;

/** The moments of a period's deadlines, and whose they are: operators follow the internal deadline (the national
 *  one when there is no internal one) and only while the period is OPEN; verifiers and admins follow both. */
function deadlinesOf(period: SweptPeriod, now: Date) {
  const zone = isValidTimeZone(period.region.timeZone) ? period.region.timeZone : DEFAULT_TIME_ZONE;
  const list: {
    moment: Omit<DeadlineMoment, 'milestone'> & Pick<SweepDeadline, 'milestone'>;
    operators: boolean;
  }[] = [];
  const open = period.state === 'OPEN';
  for (const [deadline, at] of [
    ['INTERNAL', period.internalDeadline],
    ['NATIONAL', period.nationalDeadline],
  ] as const) {
    if (!at) continue;
    const standing = deadlineStanding(at, now, zone);
    const operators = open && (deadline === 'INTERNAL' || period.internalDeadline === null);
    list.push({ moment: { deadline, deadlineAt: at, timeZone: zone, ...standing }, operators });
  }
  return list;
}

/** The plan's snapshot, with what writing needs about each user (language, e-mail choice). */
type Snapshot = Omit<PeriodSnapshot, 'users'> & {
  users: readonly (PeriodSnapshot['users'][number] & { locale: string; emailReminders: boolean })[];
};

async function loadSnapshot(tx: Tx, period: SweptPeriod): Promise<Snapshot> {
  const [units, submissions, users] = await Promise.all([
    tx.unit.findMany({
      where: { regionId: period.regionId },
      select: { id: true, parentId: true, name: true, active: true },
      orderBy: { name: 'asc' },
    }),
    tx.submission.findMany({
      where: { periodId: period.id },
      select: { state: true, innovation: { select: { unitId: true } } },
    }),
    tx.user.findMany({
      where: { regionId: period.regionId, active: true, role: { in: ['OPERATOR', 'VERIFIER', 'ADMIN'] } },
      select: { id: true, role: true, unitId: true, locale: true, emailReminders: true },
    }),
  ]);
  return {
    period: { id: period.id, name: period.name, year: period.year },
    units,
    submissions: submissions.map((row) => ({ unitId: row.innovation.unitId, state: row.state })),
    users,
  };
}

/** Inserts the candidates' reminders (skipping keys that exist), then their notifications and e-mail jobs. */
async function writeReminders(
  tx: Tx,
  snapshot: Snapshot,
  moment: DeadlineMoment,
  candidates: ReminderCandidate[],
  mail: ReminderMailQueue | null,
): Promise<{ created: { audience: ReminderAudience }[]; emails: number }> {
  if (candidates.length === 0) return { created: [], emails: 0 };
  const recipients = new Map(snapshot.users.map((user) => [user.id, user]));
  const wantsMail = (userId: string) => mail !== null && recipients.get(userId)?.emailReminders === true;
  const created = await tx.deadlineReminder.createManyAndReturn({
    data: candidates.map((candidate) => ({
      userId: candidate.userId,
      periodId: candidate.data.periodId,
      deadline: moment.deadline,
      deadlineAt: moment.deadlineAt,
      milestone: moment.milestone,
      audience: candidate.audience,
      data: candidate.data as unknown as Prisma.InputJsonValue,
      emailStatus: wantsMail(candidate.userId) ? 'QUEUED' : 'SKIPPED',
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, audience: true, emailStatus: true },
  });
  if (created.length === 0) return { created, emails: 0 };

  const byUser = new Map(candidates.map((c) => [`${c.userId}:${c.audience}`, c]));
  await tx.notification.createMany({
    data: created.map((reminder) => {
      const candidate = byUser.get(`${reminder.userId}:${reminder.audience}`);
      if (!candidate) throw new Error(`reminder ${reminder.id} has no candidate`);
      const facts = { ...moment, audience: reminder.audience, data: candidate.data };
      const text = { id: renderReminder(facts, 'id'), en: renderReminder(facts, 'en') };
      const lang: Lang = recipients.get(reminder.userId)?.locale === 'en' ? 'en' : 'id';
      return {
        userId: reminder.userId,
        kind: 'reminder.deadline',
        title: text[lang].title,
        body: `${text[lang].body} ${text[lang].deadlineLine}.`,
        link: reminderLink(reminder.audience, candidate.data.periodId),
        data: {
          reminderId: reminder.id,
          periodId: candidate.data.periodId,
          deadline: moment.deadline,
          milestone: moment.milestone,
          audience: reminder.audience,
          text,
        } as unknown as Prisma.InputJsonValue,
      };
    }),
  });
  const queued = created.filter((reminder) => reminder.emailStatus === 'QUEUED').map((r) => r.id);
  if (mail && queued.length > 0) await mail.enqueue(tx, queued);
  return { created, emails: queued.length };
}

/** Runs the sweep at `now`; safe to run any number of times, from any number of processes. */
export async function runReminderSweep(prisma: PrismaClient, options: SweepOptions): Promise<SweepResult> {
  const periods = await prisma.period.findMany({
    where: {
      state: { in: ['OPEN', 'REVIEW'] },
      ...(options.regionId ? { regionId: options.regionId } : {}),
      OR: [{ internalDeadline: { not: null } }, { nationalDeadline: { not: null } }],
    },
    select: periodSelect,
    orderBy: [{ regionId: 'asc' }, { id: 'asc' }],
  });
  const result: SweepResult = {
    notifications: 0,
    emails: 0,
    byAudience: { OPERATOR: 0, VERIFIER: 0, ADMIN: 0 },
    deadlines: [],
  };
  const regionIds = options.regionId ? [options.regionId] : [...new Set(periods.map((p) => p.regionId))];
  for (const regionId of regionIds) {
    await prisma.$transaction(
      async (tx) => {
        let notifications = 0;
        let emails = 0;
        for (const period of periods.filter((p) => p.regionId === regionId)) {
          let snapshot: Snapshot | undefined;
          for (const { moment, operators } of deadlinesOf(period, options.now)) {
            result.deadlines.push({
              periodId: period.id,
              periodName: period.name,
              deadline: moment.deadline,
              deadlineAt: moment.deadlineAt,
              milestone: moment.milestone,
              daysLeft: moment.daysLeft,
            });
            if (!moment.milestone) continue;
            const due = { ...moment, milestone: moment.milestone };
            snapshot ??= await loadSnapshot(tx, period);
            const candidates = planReminders(snapshot, due, { operators });
            const written = await writeReminders(tx, snapshot, due, candidates, options.mail);
            for (const { audience } of written.created) result.byAudience[audience] += 1;
            notifications += written.created.length;
            emails += written.emails;
          }
        }
        result.notifications += notifications;
        result.emails += emails;
        if (options.actor || notifications > 0) {
          await writeAudit(tx, {
            actor: options.actor ?? null,
            regionId,
            action: options.actor ? 'reminder.runNow' : 'reminder.sweep',
            entity: 'Region',
            entityId: regionId,
            after: { notifications, emails, at: options.now.toISOString() },
            requestId: options.requestId,
          });
        }
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
  }
  return result;
}
