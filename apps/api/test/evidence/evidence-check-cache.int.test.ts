// innovation.byId's evidenceCheck is kept per content: a repeated request assesses nothing again, while a tier
// change and a new file each give a new, correct check (never the cached one of before).
import { templates } from '@inovda/evidence-reader/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentCacheOf } from '../../src/evidence-text/assessment-cache.ts';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from '../workflow/fixtures.ts';
import { setAnswer, storeReadDocument } from './text-fixtures.ts';

const NAME = 'Layanan Antar Obat';

describe('innovation.byId evidenceCheck cache', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('reuses an assessment for the same content and claim, and follows a tier change and a new file', async () => {
    const { innovationId, answers } = await createSubmission(h, 'SUBMITTED');
    const answerId = answers['16'] ?? '';
    const perbup = await storeReadDocument(h, templates.perbup(2024, NAME, true, 0));
    await setAnswer(h, answerId, [perbup.id], 3);
    const check = async () =>
      (await h.callerFor('verifier').innovation.byId({ id: innovationId })).submission?.answers.find(
        (a) => a.code === '16',
      )?.evidenceCheck;
    const cache = assessmentCacheOf(h.prisma);

    const first = await check();
    expect(first).toMatchObject({ status: 'DONE', supportedTier: 2 });
    expect(first?.findings[0]).toMatchObject({ code: 'EVIDENCE.LOWER_KIND', evidenceId: perbup.id, page: 1 });
    const size = cache.size;
    expect(await check()).toEqual(first);
    expect(cache.size).toBe(size);

    await setAnswer(h, answerId, [perbup.id], 2);
    const lowered = await check();
    expect(lowered).toMatchObject({ status: 'DONE', supportedTier: 2 });
    expect(lowered?.findings[0]?.code).toBe('EVIDENCE.SUPPORTS_CLAIM');
    expect(cache.size).toBe(size + 1);

    const perda = await storeReadDocument(h, templates.perda(2022, 0));
    await setAnswer(h, answerId, [perbup.id, perda.id], 3);
    const stronger = await check();
    expect(stronger).toMatchObject({ status: 'DONE', supportedTier: 3 });
    expect(stronger?.findings[0]?.code).toBe('EVIDENCE.SUPPORTS_CLAIM');
  });
});
