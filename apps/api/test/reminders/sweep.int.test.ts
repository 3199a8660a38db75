// The reminder sweep on a real database, driven through `reminder.runNow` with the context's clock moved around
// every milestone: who is reminded (role and unit scope), what the reminder says and links to, idempotency
// (repeated and concurrent sweeps, the unique key itself), moved deadlines, period states and the region's zone.
import { Prisma } from '@inovda/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReminderSweep } from '../../src/reminders/sweep.ts';
import { createHarness, type Harness } from '../harness.ts';
import { addInnovation, callerWithMail, DEADLINE, seedRegionA, setClock, wib } from './fixtures.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await seedRegionA(h);
});
afterEach(async () => {
  await h.close();
});

const runNowAt = async (at: Date) => {
  setClock(h, at);
  // A session of that moment: jumping days ahead would idle out a session made at another time.
  return (await callerWithMail(h, 'admin', null)).reminder.runNow();
};
const remindersOf = (userId: string) =>
  h.prisma.deadlineReminder.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });

describe('milestones (clock moved around each one, WIB)', () => {
  it('reminds at D-7, D-3, D-1 and after the deadline, once each, and never in between', async () => {
    const steps: [string, number][] = [
      ['2026-06-07T23:59', 0], // 8 days: before D-7
      ['2026-06-08T00:00', 3], // at D-7
      ['2026-06-11T23:59', 0], // after D-7, before D-3
      ['2026-06-12T00:00', 3], // at D-3
      ['2026-06-13T23:59', 0], // before D-1
      ['2026-06-14T00:00', 3], // at D-1
      ['2026-06-15T23:59', 0], // the deadline's minute: still D-1, already sent
      ['2026-06-15T23:59:01', 3], // just after: overdue
      ['2026-06-20T09:00', 0], // days later: overdue was sent once
    ];
    const seen: [string, number][] = [];
    for (const [local] of steps) seen.push([local, (await runNowAt(wib(local))).notifications]);
    expect(seen).toEqual(steps);

    const milestones = (await remindersOf(h.users.operator.id)).map((r) => r.milestone);
    expect(milestones).toEqual(['D7', 'D3', 'D1', 'OVERDUE']);
    const notes = await h.prisma.notification.findMany({ where: { userId: h.users.operator.id } });
    expect(notes).toHaveLength(4);
    expect(notes.every((n) => n.kind === 'reminder.deadline' && n.link === '/innovations')).toBe(true);
  });

  it('reports where each deadline stands, also when nothing is due', async () => {
    const result = await runNowAt(wib('2026-06-01T10:00'));
    expect(result).toMatchObject({ notifications: 0, emails: 0, emailAvailable: false });
    expect(result.deadlines).toEqual([
      {
        periodId: h.period.id,
        periodName: 'IID 2026',
        deadline: 'INTERNAL',
        deadlineAt: DEADLINE,
        milestone: null,
        daysLeft: 14,
      },
    ]);
  });

  it("counts days in the region's time zone (WIT is a day further from 23:59 WIB late in the evening)", async () => {
    await h.prisma.region.update({ where: { id: h.region.id }, data: { timeZone: 'Asia/Jayapura' } });
    // 21:00 WIB on 8 June is 23:00 WIT on 8 June, and the deadline is 01:59 WIT on 16 June: 8 days in WIT.
    const wit = await runNowAt(wib('2026-06-08T21:00'));
    expect(wit.notifications).toBe(0);
    expect(wit.deadlines[0]).toMatchObject({ milestone: null, daysLeft: 8 });
    await h.prisma.region.update({ where: { id: h.region.id }, data: { timeZone: 'Asia/Jakarta' } });
    expect((await runNowAt(wib('2026-06-08T21:00'))).notifications).toBe(3);
  });
});

describe('recipients by role and unit scope', () => {
  it('reminds the operator with open work, the verifier with a queue and the admin, nobody else', async () => {
    const result = await runNowAt(wib('2026-06-12T08:00'));
    expect(result.byAudience).toEqual({ OPERATOR: 1, VERIFIER: 1, ADMIN: 1 });
    const rows = await h.prisma.deadlineReminder.findMany({ select: { userId: true, audience: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual(
      [h.users.operator.id, h.users.verifier.id, h.users.admin.id].sort(),
    );
    // Dinas B only has a submitted innovation: its operator has nothing to do. The viewer and region B: never.
    for (const user of [h.users.otherUnitOperator, h.users.viewer, h.users.otherRegion]) {
      expect(await h.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    }
  });

  it("counts the operator's own unit and the units under it, and names units without an innovation", async () => {
    await runNowAt(wib('2026-06-12T08:00'));
    const [reminder] = await remindersOf(h.users.operator.id);
    expect(reminder?.data).toMatchObject({
      counts: { DRAFT: 1, RETURNED: 1 },
      units: 2,
      unitsWithout: 1,
      unitsWithoutNames: ['Unit UPTD-A'],
      daysLeft: 3,
      timeZone: 'Asia/Jakarta',
    });
    const [note] = await h.prisma.notification.findMany({ where: { userId: h.users.operator.id } });
    expect(note?.title).toBe('Pengingat: tenggat internal IID 2026 tinggal 3 hari');
    expect(note?.body).toContain(
      'Di unit Anda 1 inovasi masih draf dan 1 inovasi dikembalikan untuk perbaikan',
    );
    expect(note?.body).toContain('1 unit belum punya inovasi untuk periode ini: Unit UPTD-A.');
    expect(note?.body).toContain('Tenggat: Senin, 15 Juni 2026 pukul 23.59 WIB.');
    expect(note?.data).toMatchObject({
      periodId: h.period.id,
      deadline: 'INTERNAL',
      milestone: 'D3',
      audience: 'OPERATOR',
      text: { en: { title: 'Reminder: IID 2026 internal deadline in 3 days' } },
    });
  });

  it('links the verifier to the review queue and the admin to the dashboard of the period, in their language', async () => {
    await h.prisma.user.update({ where: { id: h.users.admin.id }, data: { locale: 'en' } });
    await runNowAt(wib('2026-06-14T08:00'));
    const [verifierNote] = await h.prisma.notification.findMany({ where: { userId: h.users.verifier.id } });
    expect(verifierNote).toMatchObject({
      link: '/review',
      title: 'Pengingat: tenggat internal IID 2026 besok',
    });
    expect(verifierNote?.body).toContain(
      '1 pengajuan menunggu verifikasi (1 baru diajukan, 0 sedang diperiksa).',
    );
    const [adminNote] = await h.prisma.notification.findMany({ where: { userId: h.users.admin.id } });
    expect(adminNote).toMatchObject({
      link: `/dashboard?period=${h.period.id}`,
      title: 'Reminder: IID 2026 internal deadline is tomorrow',
    });
    expect(adminNote?.body).toContain('Summary: 1 of 3 units have no innovation yet.');
    expect(adminNote?.body).toContain('Not submitted 2 (draft 1, returned 1), waiting for review 1');
  });

  it('follows scope: an operator of a sub-unit sees only its unit; a unit with a draft gets its operator reminded', async () => {
    const uptdOperator = await h.prisma.user.create({
      data: {
        regionId: h.region.id,
        unitId: h.units.uptdA,
        role: 'OPERATOR',
        email: 'op-uptd@uji.inovda.id',
        name: 'Operator UPTD',
        passwordHash: 'x',
      },
    });
    await addInnovation(h, h.units.dinasB, 'Draf Dinas B', 'DRAFT');
    const result = await runNowAt(wib('2026-06-12T08:00'));
    expect(result.byAudience.OPERATOR).toBe(3);
    const [uptd] = await remindersOf(uptdOperator.id);
    expect(uptd?.data).toMatchObject({
      counts: {},
      units: 1,
      unitsWithout: 1,
      unitsWithoutNames: ['Unit UPTD-A'],
    });
    const [dinasB] = await remindersOf(h.users.otherUnitOperator.id);
    expect(dinasB?.data).toMatchObject({ counts: { DRAFT: 1, SUBMITTED: 1 }, units: 1, unitsWithout: 0 });
  });

  it('leaves out deactivated users, and verifiers when nothing waits for review', async () => {
    await h.prisma.user.update({ where: { id: h.users.operator.id }, data: { active: false } });
    await h.prisma.submission.updateMany({ where: { state: 'SUBMITTED' }, data: { state: 'VERIFIED' } });
    const result = await runNowAt(wib('2026-06-12T08:00'));
    expect(result.byAudience).toEqual({ OPERATOR: 0, VERIFIER: 0, ADMIN: 1 });
  });

  it("runs an admin's sweep for its own region only; the scheduled sweep covers every region", async () => {
    const periodB = await h.prisma.period.create({
      data: {
        regionId: h.otherRegion.id,
        year: 2026,
        name: 'IID 2026 B',
        editionCode: 'iga-2026',
        state: 'OPEN',
        internalDeadline: DEADLINE,
      },
    });
    await runNowAt(wib('2026-06-12T08:00'));
    expect(await h.prisma.deadlineReminder.count({ where: { periodId: periodB.id } })).toBe(0);
    const scheduled = await runReminderSweep(h.prisma, { now: wib('2026-06-12T09:00'), mail: null });
    // Region A was done by its admin; region B's admin gets its summary now.
    expect(scheduled.notifications).toBe(1);
    expect(await h.prisma.deadlineReminder.count({ where: { userId: h.users.otherRegion.id } })).toBe(1);
    const audits = await h.prisma.auditEvent.findMany({ where: { action: { startsWith: 'reminder.' } } });
    expect(audits.map((a) => [a.action, a.regionId, a.actorId])).toEqual([
      ['reminder.runNow', h.region.id, h.users.admin.id],
      ['reminder.sweep', h.otherRegion.id, null],
    ]);
  });
});

describe('periods and deadlines', () => {
  it('stops reminding operators once the period is in REVIEW; verifiers and admins still hear', async () => {
    await h.prisma.period.update({ where: { id: h.period.id }, data: { state: 'REVIEW' } });
    expect((await runNowAt(wib('2026-06-12T08:00'))).byAudience).toEqual({
      OPERATOR: 0,
      VERIFIER: 1,
      ADMIN: 1,
    });
  });

  it('ignores periods that are planned or closed', async () => {
    for (const state of ['PLANNING', 'CLOSED'] as const) {
      await h.prisma.period.update({ where: { id: h.period.id }, data: { state } });
      expect((await runNowAt(wib('2026-06-12T08:00'))).deadlines).toEqual([]);
    }
  });

  it('reminds operators of the national deadline only when there is no internal one', async () => {
    const national = new Date('2026-06-30T16:59:00Z');
    await h.prisma.period.update({ where: { id: h.period.id }, data: { nationalDeadline: national } });
    // 27 June: internal deadline overdue (3 reminders), national at D-3 (verifier + admin, not the operator).
    const both = await runNowAt(wib('2026-06-27T08:00'));
    expect(both.byAudience).toEqual({ OPERATOR: 1, VERIFIER: 2, ADMIN: 2 });
    await h.prisma.period.update({ where: { id: h.period.id }, data: { internalDeadline: null } });
    const onlyNational = await runNowAt(wib('2026-06-28T08:00'));
    expect(onlyNational.byAudience).toEqual({ OPERATOR: 1, VERIFIER: 0, ADMIN: 0 });
    const operatorRows = await remindersOf(h.users.operator.id);
    expect(operatorRows.map((r) => [r.deadline, r.milestone])).toEqual([
      ['INTERNAL', 'OVERDUE'],
      ['NATIONAL', 'D3'],
    ]);
  });

  it('starts over when the deadline is moved', async () => {
    expect((await runNowAt(wib('2026-06-14T08:00'))).notifications).toBe(3);
    const later = new Date('2026-06-22T16:59:00Z');
    await h.prisma.period.update({ where: { id: h.period.id }, data: { internalDeadline: later } });
    expect((await runNowAt(wib('2026-06-15T08:00'))).notifications).toBe(3); // D-7 of the new date
    expect((await runNowAt(wib('2026-06-16T08:00'))).notifications).toBe(0);
  });
});

describe('idempotency', () => {
  it('sends each reminder once when two sweeps race (two replicas at the same moment)', async () => {
    const at = wib('2026-06-12T08:00');
    setClock(h, at);
    const [a, b, c] = await Promise.all([
      (await callerWithMail(h, 'admin', null)).reminder.runNow(),
      runReminderSweep(h.prisma, { now: at, mail: null }),
      runReminderSweep(h.prisma, { now: at, mail: null }),
    ]);
    expect(a.notifications + b.notifications + c.notifications).toBe(3);
    expect(await h.prisma.deadlineReminder.count()).toBe(3);
    expect(await h.prisma.notification.count({ where: { kind: 'reminder.deadline' } })).toBe(3);
  });

  it('has the unique key in the database itself', async () => {
    await runNowAt(wib('2026-06-12T08:00'));
    const [row] = await remindersOf(h.users.operator.id);
    if (!row) throw new Error('no reminder');
    const { id: _id, createdAt: _at, ...copy } = row;
    const error = await h.prisma.deadlineReminder
      .create({ data: { ...copy, data: copy.data as Prisma.InputJsonValue } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
  });
});
