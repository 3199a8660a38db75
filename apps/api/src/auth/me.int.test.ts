// `getMe` (one statement) returns exactly what Prisma's `meSelect` returns: with and without a unit, a unit
// with a parent, with and without a last login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { getMe, meSelect } from './me.ts';

describe('getMe', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  const viaPrisma = (id: string) => h.prisma.user.findUniqueOrThrow({ where: { id }, select: meSelect });

  it('equals the Prisma select for every kind of user', async () => {
    const child = await h.prisma.unit.findFirstOrThrow({ where: { parentId: { not: null } } });
    await h.prisma.user.update({ where: { id: h.users.verifier.id }, data: { unitId: child.id } });
    await h.prisma.user.update({
      where: { id: h.users.operator.id },
      data: { lastLoginAt: new Date('2026-03-04T05:06:07.891Z') },
    });
    for (const user of Object.values(h.users)) {
      expect(await getMe(h.prisma, user.id)).toEqual(await viaPrisma(user.id));
    }
    const operator = await getMe(h.prisma, h.users.operator.id);
    expect(operator.lastLoginAt).toEqual(new Date('2026-03-04T05:06:07.891Z'));
    expect(operator.unit).not.toBeNull();
    expect((await getMe(h.prisma, h.users.verifier.id)).unit?.parentId).not.toBeNull();
    expect((await getMe(h.prisma, h.users.admin.id)).unit).toBeNull();
  });

  it('refuses an unknown user', async () => {
    await expect(getMe(h.prisma, 'no-such-user')).rejects.toMatchObject({ appCode: 'AUTH.UNAUTHENTICATED' });
  });
});
