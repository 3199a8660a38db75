// Data and callers for the reminder tests: the harness's region A with innovations in known states, a deadline
// on its 2026 period, moments around each milestone, and callers whose context carries the e-mail queue.
import type { SubmissionState } from '@inovda/db';
import { createSession, SESSION_COOKIE } from '../../src/auth/session.ts';
import { createCaller } from '../../src/caller.ts';
import { buildContext } from '../../src/context.ts';
import type { ReminderMailQueue } from '../../src/jobs/types.ts';
import { type Harness, MemoryCookieJar, type UserKey } from '../harness.ts';

/** 15 June 2026, 23:59 WIB: the internal deadline of region A's period in these tests. */
export const DEADLINE = new Date('2026-06-15T16:59:00Z');
/** A moment given in WIB wall-clock time. */
export const wib = (local: string) => new Date(`${local}+07:00`);

export async function addInnovation(h: Harness, unitId: string, name: string, state: SubmissionState) {
  return h.prisma.innovation.create({
    data: {
      regionId: h.region.id,
      unitId,
      name,
      urusan: 'kesehatan',
      submissions: { create: { periodId: h.period.id, state } },
    },
    select: { id: true },
  });
}

/**
 * Region A at the start of every reminder test: Dinas A has a draft and a returned innovation, UPTD A (under
 * Dinas A) has none, Dinas B has one waiting for review. The period's internal deadline is DEADLINE.
 */
export async function seedRegionA(h: Harness): Promise<void> {
  await addInnovation(h, h.units.dinasA, 'Draf Dinas A', 'DRAFT');
  await addInnovation(h, h.units.dinasA, 'Perbaikan Dinas A', 'RETURNED');
  await addInnovation(h, h.units.dinasB, 'Diajukan Dinas B', 'SUBMITTED');
  await h.prisma.period.update({ where: { id: h.period.id }, data: { internalDeadline: DEADLINE } });
}

/** A caller signed in as `user`, on the test clock, whose context can queue reminder e-mails through `mail`. */
export async function callerWithMail(h: Harness, user: UserKey, mail: ReminderMailQueue | null) {
  const session = await createSession(h.prisma, {
    userId: h.users[user].id,
    ip: '127.0.0.1',
    userAgent: 'vitest',
    now: h.clock.now(),
    config: h.auth,
  });
  const jar = new MemoryCookieJar();
  jar.values.set(SESSION_COOKIE, session.token);
  return createCaller(() =>
    buildContext(
      { prisma: h.prisma, auth: h.auth, now: h.clock.now, reminderMail: mail },
      { ip: '127.0.0.1', userAgent: 'vitest', acceptLanguage: undefined, secure: false },
      jar,
    ),
  );
}

/** Sets the harness clock to `at` (the TestClock only moves forward, so move by the difference). */
export function setClock(h: Harness, at: Date): void {
  h.clock.advance(at.getTime() - h.clock.now().getTime());
}
