// Read text beyond the evidence check: one page's text for the verifier's preview and the search, each within
// the caller's reach (an operator finds only its units' files and its own uploads); and housekeeping deletes
// the text of contents no evidence file refers to, keeping every other.
import { templates } from '@inovda/evidence-reader/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/jobs/housekeeping.ts';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from '../workflow/fixtures.ts';
import { setAnswer, storeReadDocument } from './text-fixtures.ts';

const NAME = 'Layanan Antar Obat';

describe('evidence text: page, search, housekeeping', () => {
  let h: Harness;
  let linked: { id: string; sha256: string };
  let otherUnit: { id: string; sha256: string };
  beforeAll(async () => {
    h = await createHarness();
    const { answers } = await createSubmission(h, 'SUBMITTED');
    linked = await storeReadDocument(h, templates.perbup(2024, NAME, true, 0));
    await setAnswer(h, answers['16'] ?? '', [linked.id], 2);
    // A file of Dinas B, uploaded by its own operator and attached to a Dinas B innovation.
    const b = await createSubmission(h, 'SUBMITTED');
    await h.prisma.innovation.update({ where: { id: b.innovationId }, data: { unitId: h.units.dinasB } });
    otherUnit = await storeReadDocument(h, templates.sop(3, NAME, 'Dinas Kesehatan'));
    await h.prisma.evidenceFile.update({
      where: { id: otherUnit.id },
      data: { uploadedById: h.users.otherUnitOperator.id },
    });
    await setAnswer(h, b.answers['28'] ?? (await answerFor(b.submissionId, '28')), [otherUnit.id], 2);
  });
  afterAll(async () => {
    await h.close();
  });

  async function answerFor(submissionId: string, code: string) {
    return (await h.prisma.indicatorAnswer.create({ data: { submissionId, code, claimedTier: 2 } })).id;
  }

  it('gives one page of read text to whoever may open the file', async () => {
    const page = await h.callerFor('verifier').evidence.pageText({ evidenceId: linked.id, page: 2 });
    expect(page).toMatchObject({ status: 'READ', pageCount: 2, page: 2, ocr: false });
    expect(page.text).toContain(`1. ${NAME} Dinas Kesehatan`);
    expect(await h.callerFor('operator').evidence.pageText({ evidenceId: linked.id, page: 9 })).toMatchObject(
      { text: null, pageCount: 2 },
    );
    await expect(
      h.callerFor('otherUnitOperator').evidence.pageText({ evidenceId: linked.id, page: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h.callerFor('otherRegion').evidence.pageText({ evidenceId: linked.id, page: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h.callerFor('admin').evidence.pageText({ evidenceId: 'nope', page: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("searches the read text within the caller's reach, as plain snippets", async () => {
    const hits = async (actor: 'admin' | 'operator' | 'otherUnitOperator' | 'otherRegion', query: string) =>
      (await h.callerFor(actor).evidence.searchText({ query })).map((x) => [x.evidenceId, x.page]);
    expect(await hits('admin', 'antar obat')).toEqual(
      expect.arrayContaining([
        [linked.id, 2],
        [otherUnit.id, 1],
      ]),
    );
    expect(await hits('operator', 'antar obat')).toEqual([[linked.id, 2]]);
    expect(await hits('otherUnitOperator', 'antar obat')).toEqual([[otherUnit.id, 1]]);
    expect(await hits('otherRegion', 'antar obat')).toEqual([]);
    const [first] = await h.callerFor('verifier').evidence.searchText({ query: 'peraturan bupati' });
    expect(first?.snippet).toMatch(/PERATURAN BUPATI/);
    expect(first?.snippet).not.toMatch(/<b>/);
  });

  it('housekeeping deletes the text of contents no evidence file holds, and only those', async () => {
    const orphan = await storeReadDocument(h, templates.rkpd(2025, NAME));
    await h.prisma.evidenceFile.delete({ where: { id: orphan.id } });
    const deps = {
      prisma: h.prisma,
      storage: h.storage,
      uploadDir: `${h.dataDir}/uploads`,
      uploadGraceMs: 86_400_000,
      evidenceGraceMs: 365 * 86_400_000,
    };
    const result = await runHousekeeping(deps, h.clock.now());
    expect(result.orphanEvidenceText).toBe(1);
    expect(await h.prisma.evidenceText.count({ where: { sha256: orphan.sha256 } })).toBe(0);
    expect(await h.prisma.evidenceTextPage.count({ where: { sha256: orphan.sha256 } })).toBe(0);
    expect(
      await h.prisma.evidenceText.count({ where: { sha256: { in: [linked.sha256, otherUnit.sha256] } } }),
    ).toBe(2);
    expect((await runHousekeeping(deps, h.clock.now())).orphanEvidenceText).toBe(0);
  });
});
