// Profile texts are bounded and an edit's audit event holds only what changed (issue 10, finding 3: 20 one-word
// edits of a 6 MB profile grew the database by 672 MB).
import { PROFILE_TEXT_LIMITS } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { readyProfile } from './fixtures.ts';

describe('profile size and audit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a profile text over its limit with a field error', async () => {
    const operator = h.callerFor('operator');
    const { id } = await operator.innovation.create(readyProfile(h, 'Inovasi Panjang'));
    const error = await operator.innovation
      .update({ id, version: 1, profile: { tujuan: 'x'.repeat(PROFILE_TEXT_LIMITS.goal + 1) } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('stores only the changed fields of a one-word edit in the audit event', async () => {
    const operator = h.callerFor('operator');
    const big = 'kata '.repeat(3_900);
    const profile = readyProfile(h, 'Inovasi Besar');
    const { id } = await operator.innovation.create({
      ...profile,
      rancangBangun: { ...profile.rancangBangun, permasalahan: big, isuStrategis: big, keunggulan: big },
    });
    await operator.innovation.update({ id, version: 1, profile: { tujuan: 'Tujuan baru.' } });
    const event = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'innovation.update', entityId: id },
      orderBy: { id: 'desc' },
    });
    expect(event.after).toMatchObject({ profile: { tujuan: 'Tujuan baru.' } });
    expect(event.before).toMatchObject({ profile: { tujuan: profile.tujuan } });
    expect(JSON.stringify(event.after)).not.toContain('kata kata');
    expect(JSON.stringify(event.before)).not.toContain('kata kata');
    expect(JSON.stringify([event.before, event.after]).length).toBeLessThan(2_000);
  });
});
