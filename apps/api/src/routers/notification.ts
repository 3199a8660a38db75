// The signed-in user's in-app notifications and reminder preference. Nobody reads or marks another user's
// notifications.
import type { Prisma, PrismaClient } from '@inovda/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { authedProcedure } from '../trpc.ts';

const notificationSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  link: true,
  data: true,
  readAt: true,
  createdAt: true,
} as const satisfies Prisma.NotificationSelect;

const preferencesSelect = {
  email: true,
  emailReminders: true,
  emailWorkflow: true,
} as const satisfies Prisma.UserSelect;

type PreferenceContext = Parameters<typeof auditContext>[0] & {
  prisma: PrismaClient;
  user: { id: string };
  reminderMail?: unknown;
};

/** Writes one of the caller's own e-mail choices, audited with before and after. */
async function setPreference(
  ctx: PreferenceContext,
  data: { emailReminders: boolean } | { emailWorkflow: boolean },
  action: string,
) {
  const userId = ctx.user.id;
  const user = await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: preferencesSelect });
    const after = await tx.user.update({ where: { id: userId }, data, select: preferencesSelect });
    await writeAudit(tx, { ...auditContext(ctx), action, entity: 'User', entityId: userId, before, after });
    return after;
  });
  return { ...user, emailAvailable: Boolean(ctx.reminderMail) };
}

export const notificationRouter = {
  list: authedProcedure
    .input(
      z
        .object({
          unreadOnly: z.boolean().default(false),
          cursor: z.string().optional(),
          limit: z.number().int().min(1).max(100).default(30),
        })
        .default({ unreadOnly: false, limit: 30 }),
    )
    .query(async ({ ctx, input }) => {
      const userId = ctx.user.id;
      const [rows, unreadCount] = await Promise.all([
        ctx.prisma.notification.findMany({
          where: { userId, ...(input.unreadOnly ? { readAt: null } : {}) },
          select: notificationSelect,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: input.limit + 1,
          ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
        }),
        ctx.prisma.notification.count({ where: { userId, readAt: null } }),
      ]);
      const items = rows.slice(0, input.limit);
      return {
        items,
        unreadCount,
        nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null,
      };
    }),

  /** Marks the given notifications (or all of them) read; ids of other users are ignored. */
  markRead: authedProcedure
    .input(
      z.union([z.object({ ids: z.array(z.string()).min(1).max(500) }), z.object({ all: z.literal(true) })]),
    )
    .mutation(async ({ ctx, input }) => {
      const userId = ctx.user.id;
      return ctx.prisma.$transaction(async (tx) => {
        const { count } = await tx.notification.updateMany({
          where: { userId, readAt: null, ...('ids' in input ? { id: { in: input.ids } } : {}) },
          data: { readAt: ctx.now() },
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'notification.markRead',
          entity: 'Notification',
          entityId: userId,
          after: { count, ...('ids' in input ? { ids: input.ids } : { all: true }) },
        });
        return { count };
      });
    }),

  /** The caller's reminder preference, and whether this server sends e-mail at all (SMTP and jobs on). */
  preferences: authedProcedure.query(async ({ ctx }) => {
    const user = await ctx.prisma.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: preferencesSelect,
    });
    return { ...user, emailAvailable: Boolean(ctx.reminderMail) };
  }),

  /** Turns the caller's own deadline reminders by e-mail on or off (in-app reminders always come). */
  setEmailReminders: authedProcedure
    .input(z.object({ enabled: z.boolean() }))
    .mutation(({ ctx, input }) =>
      setPreference(ctx, { emailReminders: input.enabled }, 'notification.setEmailReminders'),
    ),

  /** Turns the caller's own workflow e-mail (returned, approved, submitted...) on or off (in-app always comes). */
  setEmailWorkflow: authedProcedure
    .input(z.object({ enabled: z.boolean() }))
    .mutation(({ ctx, input }) =>
      setPreference(ctx, { emailWorkflow: input.enabled }, 'notification.setEmailWorkflow'),
    ),
} satisfies TRPCRouterRecord;
