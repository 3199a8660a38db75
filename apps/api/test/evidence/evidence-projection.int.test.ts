// dashboard.evidence on a real database: the region's IID with every claimed indicator at the tier its read
// documents support, against the domain's scoring of the same tiers; indicators not read (or not decidable by
// documents) stay at the claim and are counted; units are sorted by their gap; a tier change, a new file and
// a re-read each change the answer (the per-content cache never serves a stale assessment); scope holds.
import { getEdition, scoreInnovation, scoreRegion } from '@inovda/domain';
import { templates } from '@inovda/evidence-reader/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from '../workflow/fixtures.ts';
import { setAnswer, storeReadDocument, writeReadText } from './text-fixtures.ts';

const NAME = 'Layanan Antar Obat';
const pack = getEdition('iga-2026');
if (!pack) throw new Error('iga-2026 missing');
const maturity = (tiers: Record<string, number>) => scoreInnovation(pack, tiers).maturityX100;
const others = { '17': 2, '32': 2, '33': 2, '35': 2 };

describe('dashboard.evidence', () => {
  let h: Harness;
  let a: Awaited<ReturnType<typeof createSubmission>>;
  let b: Awaited<ReturnType<typeof createSubmission>>;
  let perbup: { id: string; sha256: string };

  beforeAll(async () => {
    h = await createHarness();
    a = await createSubmission(h, 'SUBMITTED');
    b = await createSubmission(h, 'VERIFIED', 'ACCEPTED');
    await h.prisma.innovation.update({ where: { id: b.innovationId }, data: { unitId: h.units.dinasB } });
    const rejected = await createSubmission(h, 'SUBMITTED');
    await h.prisma.submission.update({ where: { id: rejected.submissionId }, data: { state: 'REJECTED' } });
    perbup = await storeReadDocument(h, templates.perbup(2024, NAME, true, 0));
    // A claims a Perda (3) with a Perbup (supports 2); B claims the Perbup's own tier.
    await setAnswer(h, a.answers['16'] ?? '', [perbup.id], 3);
    await setAnswer(h, b.answers['16'] ?? '', [perbup.id], 2);
    // A claims a budget (18) with no file at all: nothing supports it.
    await h.prisma.indicatorAnswer.create({
      data: { submissionId: a.submissionId, code: '18', claimedTier: 2 },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('scores the supported tiers, keeps unread indicators at the claim and says how many', async () => {
    const result = await h.callerFor('viewer').dashboard.evidence({ periodId: h.period.id });
    const claimedA = maturity({ '16': 3, '18': 2, ...others });
    const supportedA = maturity({ '16': 2, '18': 0, ...others });
    const b16 = maturity({ '16': 2, ...others });
    expect(supportedA).toBeLessThan(claimedA);
    const region = (maturities: number[]) =>
      scoreRegion(pack, {
        spd: {},
        innovations: maturities.map((maturityX100, i) => ({
          id: `i${i}`,
          urusan: 'kesehatan',
          maturityX100,
        })),
      }).iidX100;
    expect(result.claimed.iidX100).toBe(region([claimedA, b16]));
    expect(result.supported.iidX100).toBe(region([supportedA, b16]));
    expect(result.supported.innovationCount).toBe(2);
    // 16 read twice; 17 and 33 wait for their files (x2); 32 and 35 are not decided by documents (x2); A's 18
    // has no file.
    expect(result.indicators).toEqual({
      assessed: 2,
      pending: 4,
      unreadable: 0,
      failed: 0,
      notAssessed: 4,
      noEvidence: 1,
    });
    expect(result.units.map((u) => [u.name, u.innovationCount, u.gapX100, u.notRead])).toEqual([
      ['Unit DINAS-A', 1, claimedA - supportedA, 2],
      ['Unit DINAS-B', 1, 0, 2],
    ]);
    expect(result.units[0]).toMatchObject({ claimedAverageX100: claimedA, supportedAverageX100: supportedA });
  });

  it('follows a tier change, a new file and a re-read of the same content', async () => {
    const call = () => h.callerFor('admin').dashboard.evidence({ periodId: h.period.id });
    const gapOfA = async () => (await call()).units.find((u) => u.name === 'Unit DINAS-A')?.gapX100;
    expect(await gapOfA()).toBeGreaterThan(0);
    await h.prisma.indicatorAnswer.deleteMany({ where: { submissionId: a.submissionId, code: '18' } });
    await setAnswer(h, a.answers['16'] ?? '', [perbup.id], 2);
    expect(await gapOfA()).toBe(0);

    const perda = await storeReadDocument(h, templates.perda(2022, 0));
    await setAnswer(h, a.answers['16'] ?? '', [perbup.id, perda.id], 3);
    expect(await gapOfA()).toBe(0);

    // The same content read again (a re-read stores a new time) with text that no longer shows a Perda.
    await writeReadText(
      h,
      perda.sha256,
      templates.sop(3, NAME, 'Dinas Kesehatan'),
      new Date(Date.now() + 1000),
    );
    expect(await gapOfA()).toBeGreaterThan(0);
  });

  it('keeps operators and other regions out', async () => {
    await expect(h.callerFor('operator').dashboard.evidence({ periodId: h.period.id })).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    await expect(
      h.callerFor('otherRegion').dashboard.evidence({ periodId: h.period.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.callerFor('admin').dashboard.evidence({ periodId: 'missing' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
