// Custom rule editions end to end on the real test database: clone, edit (versioned), validate with exact paths
// in both languages, freeze once answers exist, delete only when unused, region scope and roles, and a period
// on a custom edition scored with that edition's weights, bands and constants.
import { deriveKemanfaatanTier, getEdition, scoreSubmission, type TEditionPack } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createEvidence, readyProfile } from '../workflow/fixtures.ts';

const IGA_2026 = getEdition('iga-2026')!;
const copy = (pack: TEditionPack) => JSON.parse(JSON.stringify(pack)) as TEditionPack;

/** IGA 2026 with indicator 16 weighing 4 (total 253), k = 14, and basis a's tier 3 from 300 persons. */
function pati2027(base: TEditionPack = IGA_2026): TEditionPack {
  const pack = copy(base);
  const i16 = pack.sid.find((i) => i.code === '16')!;
  i16.weightX100 = 400;
  pack.constants.totalMax.value = 253;
  pack.constants.minDivisor.value = 14;
  const basisA = pack.sid.find((i) => i.code === '33')!.bases!.find((b) => b.code === 'a')!;
  basisA.bands!.cutX100 = { tier1: 100, tier2: 20100, tier3: 30000 };
  basisA.options[2]!.text = 'Cakupan penerima manfaat 300 orang atau lebih';
  return pack;
}

async function auditOf(h: Harness, action: string, entityId: string) {
  return h.prisma.auditEvent.findMany({ where: { action, entityId }, orderBy: { id: 'asc' } });
}

describe('custom rule editions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('clones a built-in pack, edits it with versions, and refuses a stale edit', async () => {
    const admin = h.callerFor('admin');
    const created = await admin.edition.createCustom({
      baseCode: 'iga-2026',
      code: 'pati-2027',
      name: 'Pati 2027',
    });
    expect(created).toMatchObject({ code: 'pati-2027', baseCode: 'iga-2026', version: 1 });
    expect(await auditOf(h, 'edition.create-custom', created.id)).toHaveLength(1);

    const detail = await admin.edition.detail({ code: 'pati-2027' });
    expect(detail).toMatchObject({ kind: 'CUSTOM', locked: false, periods: [], custom: { version: 1 } });
    expect(detail.pack).toMatchObject({ code: 'pati-2027', name: 'Pati 2027', basedOn: 'iga-2026' });
    expect(detail.provenance.counts.SECONDARY).toBeGreaterThan(0);

    const edited = pati2027();
    const saved = await admin.edition.update({ code: 'pati-2027', version: 1, pack: edited });
    expect(saved.version).toBe(2);
    const stored = await admin.edition.byCode({ code: 'pati-2027' });
    expect(stored.sid.find((i) => i.code === '16')!.weightX100).toBe(400);
    // The identity is the row's, whatever the body says.
    expect(stored).toMatchObject({ code: 'pati-2027', name: 'Pati 2027', basedOn: 'iga-2026' });

    // The audit keeps exactly the changed values on both sides.
    const [event] = await auditOf(h, 'edition.update', created.id);
    const i16 = IGA_2026.sid.findIndex((i) => i.code === '16');
    expect(event?.actorId).toBe(h.users.admin.id);
    expect(event?.before).toMatchObject({ version: 1, values: { [`sid.${i16}.weightX100`]: 300 } });
    expect(event?.after).toMatchObject({
      version: 2,
      values: { [`sid.${i16}.weightX100`]: 400, 'constants.minDivisor.value': 14 },
    });

    // Someone saved version 2 meanwhile: an edit made from version 1 is refused, nothing changes.
    const stale = copy(stored);
    stale.constants.yandasMin.value = 6;
    await expect(admin.edition.update({ code: 'pati-2027', version: 1, pack: stale })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
      code: 'CONFLICT',
    });
    expect((await admin.edition.byCode({ code: 'pati-2027' })).constants.yandasMin.value).toBe(5);
  });

  it('validates bad data with the exact path and a message in Indonesian and English', async () => {
    const admin = h.callerFor('admin');
    const bad = copy(IGA_2026);
    bad.sid[2]!.weightX100 = -100;
    bad.sid[17]!.bases![1]!.options[0]!.text = '';
    bad.constants.predicateBands.value.inovatifX100 = 7000;
    const result = await admin.edition.validate({ pack: bad });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: ['sid', 2, 'weightX100'],
          messages: { id: 'Bobot harus positif', en: 'The weight must be positive' },
          zodCode: 'too_small',
        },
        {
          path: ['sid', 17, 'bases', 1, 'options', 0, 'text'],
          messages: { id: 'Tidak boleh kosong', en: 'Cannot be empty' },
          zodCode: 'too_small',
        },
      ]),
    );
    expect(await admin.edition.validate({ pack: IGA_2026 })).toEqual({ ok: true, issues: [] });

    // Saving a broken pack is refused with the first issue's path, and nothing is written.
    const stored = await admin.edition.detail({ code: 'pati-2027' });
    const broken = copy(stored.pack);
    broken.sid[0]!.weightX100 = 500; // the total maximum no longer adds up
    await expect(
      admin.edition.update({ code: 'pati-2027', version: stored.custom!.version, pack: broken }),
    ).rejects.toMatchObject({
      appCode: 'EDITION.INVALID',
      params: { path: 'constants.totalMax.value', count: 1 },
    });
    expect((await admin.edition.detail({ code: 'pati-2027' })).custom!.version).toBe(stored.custom!.version);
  });

  it('keeps writes to the ADMIN of the region and built-in packs read-only', async () => {
    const { version } = (await h.callerFor('admin').edition.detail({ code: 'pati-2027' })).custom!;
    const rename = { code: 'pati-2027', version, name: 'Diubah' };
    for (const actor of ['verifier', 'operator', 'viewer'] as const) {
      await expect(h.callerFor(actor).edition.update(rename)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(h.callerFor(actor).edition.delete({ code: 'pati-2027', version })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(h.callerFor(actor).edition.validate({ pack: IGA_2026 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    // Everyone in the region reads the pack (the operator's workspace needs it); another region does not.
    await expect(h.callerFor('operator').edition.byCode({ code: 'pati-2027' })).resolves.toMatchObject({
      code: 'pati-2027',
    });
    const other = h.callerFor('otherRegion');
    await expect(other.edition.update(rename)).rejects.toMatchObject({ appCode: 'EDITION.UNKNOWN' });
    await expect(other.edition.delete({ code: 'pati-2027', version })).rejects.toMatchObject({
      appCode: 'EDITION.UNKNOWN',
    });
    await expect(other.edition.detail({ code: 'pati-2027' })).rejects.toMatchObject({
      appCode: 'EDITION.UNKNOWN',
    });
    expect((await other.edition.list()).custom).toEqual([]);

    const admin = h.callerFor('admin');
    await expect(
      admin.edition.update({ code: 'iga-2026', version: 1, name: 'Bawaan' }),
    ).rejects.toMatchObject({
      appCode: 'EDITION.BUILT_IN',
    });
    await expect(admin.edition.delete({ code: 'iga-2026', version: 1 })).rejects.toMatchObject({
      appCode: 'EDITION.BUILT_IN',
    });
    expect((await admin.edition.detail({ code: 'iga-2026' })).locked).toBe(true);
  });

  it('clones a custom edition and deletes an unused one, keeping its pack in the audit', async () => {
    const admin = h.callerFor('admin');
    const clone = await admin.edition.createCustom({
      baseCode: 'pati-2027',
      code: 'pati-2027-b',
      name: 'Salinan',
    });
    const pack = await admin.edition.byCode({ code: 'pati-2027-b' });
    expect(pack).toMatchObject({ basedOn: 'pati-2027', constants: { minDivisor: { value: 14 } } });
    await expect(admin.edition.delete({ code: 'pati-2027-b', version: 7 })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    await expect(admin.edition.delete({ code: 'pati-2027-b', version: 1 })).resolves.toEqual({
      code: 'pati-2027-b',
      deleted: true,
    });
    await expect(admin.edition.byCode({ code: 'pati-2027-b' })).rejects.toMatchObject({
      appCode: 'EDITION.UNKNOWN',
    });
    const [event] = await auditOf(h, 'edition.delete', clone.id);
    expect(event?.before).toMatchObject({
      code: 'pati-2027-b',
      pack: { constants: { minDivisor: { value: 14 } } },
    });
  });

  it('scores a period on a custom edition with its own rules, then freezes the edition', async () => {
    const admin = h.callerFor('admin');
    const operator = h.callerFor('operator');
    const period = await admin.period.create({ year: 2027, editionCode: 'pati-2027' });
    const custom = await admin.edition.byCode({ code: 'pati-2027' });

    // Unused by answers: still editable, and the period shows on the edition.
    let detail = await admin.edition.detail({ code: 'pati-2027' });
    expect(detail.periods).toMatchObject([{ year: 2027, answered: false }]);
    expect(detail.locked).toBe(false);
    await expect(
      admin.edition.delete({ code: 'pati-2027', version: detail.custom!.version }),
    ).rejects.toMatchObject({
      appCode: 'EDITION.IN_USE',
      params: { years: '2027' },
    });

    const created = await operator.innovation.create({ ...readyProfile(h), periodId: period.id });
    const submissionId = created.submission.id;
    await operator.answer.set({ submissionId, code: '16', claimedTier: 3 });
    // Indicator 33: 350 persons is tier 3 under this edition's bands (tier 2 under IGA 2026). The client's
    // tier is never taken for a figure: a tier that disagrees with the figure is refused.
    await expect(
      operator.answer.set({ submissionId, code: '33', basis: 'a', rawValue: '350', claimedTier: 2 }),
    ).rejects.toMatchObject({ appCode: 'ANSWER.TIER_MISMATCH', params: { derivedTier: 3 } });
    const k33 = await operator.answer.set({ submissionId, code: '33', basis: 'a', rawValue: '350' });
    expect(k33.answer).toMatchObject({ claimedTier: 3, basis: 'a', rawValue: '350' });
    expect(deriveKemanfaatanTier(IGA_2026, 'a', '350')).toMatchObject({ ok: true, value: { tier: 2 } });
    for (const code of ['16', '33']) {
      const answer = await h.prisma.indicatorAnswer.findFirstOrThrow({ where: { submissionId, code } });
      await operator.evidence.attach({
        answerId: answer.id,
        evidenceId: await createEvidence(h, 'PDF', h.users.operator.id),
        version: answer.version,
      });
    }

    // The cached claimed maturity is the custom edition's score: 16 at 3 x 4 + 33 at 3 x 3 = 21 points.
    const row = await h.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    const answers = [
      { code: '16', claimedTier: 3, verdict: 'PENDING' as const, verifiedTier: null, hasEvidence: true },
      { code: '33', claimedTier: 3, verdict: 'PENDING' as const, verifiedTier: null, hasEvidence: true },
    ];
    expect(row.claimedMaturityX100).toBe(scoreSubmission(custom, answers).claimedX100);
    expect(row.claimedMaturityX100).toBe(2100);
    expect(scoreSubmission(IGA_2026, answers).claimedX100).toBe(1800);
    // The region projection divides by this edition's k = 14.
    const summary = await admin.dashboard.summary({ periodId: period.id });
    expect(summary.projection.claimed).toMatchObject({ divisor: 14, sumMaturityX100: 2100 });

    // Answers exist now: the rules are frozen, the name may still change, and a clone carries the changes on.
    detail = await admin.edition.detail({ code: 'pati-2027' });
    expect(detail).toMatchObject({ locked: true, periods: [{ year: 2027, answered: true }] });
    const next = copy(detail.pack);
    next.constants.yandasMin.value = 6;
    const version = detail.custom!.version;
    await expect(admin.edition.update({ code: 'pati-2027', version, pack: next })).rejects.toMatchObject({
      appCode: 'EDITION.LOCKED',
      params: { years: '2027' },
    });
    const renamed = await admin.edition.update({ code: 'pati-2027', version, name: 'Pati 2027 (dipakai)' });
    expect(renamed.version).toBe(version + 1);
    expect((await admin.edition.byCode({ code: 'pati-2027' })).constants.yandasMin.value).toBe(5);
    await admin.edition.createCustom({
      baseCode: 'pati-2027',
      code: 'pati-2028',
      name: 'Pati 2028',
      pack: next,
    });
    expect((await admin.edition.byCode({ code: 'pati-2028' })).constants.yandasMin.value).toBe(6);

    const list = await admin.edition.list();
    expect(list.custom.find((e) => e.code === 'pati-2027')).toMatchObject({
      locked: true,
      periods: [{ year: 2027 }],
      assessmentYear: 2026,
    });
    expect(list.builtIn.find((e) => e.code === 'iga-2026')?.periods).toEqual([
      { year: 2026, name: 'IID 2026' },
    ]);
  });

  it('freezes an edition once a period on it holds SPD answers only', async () => {
    const admin = h.callerFor('admin');
    await admin.edition.createCustom({ baseCode: 'iga-2026', code: 'spd-saja', name: 'SPD saja' });
    const period = await admin.period.create({ year: 2029, editionCode: 'spd-saja' });
    await admin.spd.set({ periodId: period.id, code: '12', tier: 2, version: null });
    const detail = await admin.edition.detail({ code: 'spd-saja' });
    expect(detail.locked).toBe(true);
    const pack = copy(detail.pack);
    pack.constants.minDivisor.value = 20;
    await expect(
      admin.edition.update({ code: 'spd-saja', version: detail.custom!.version, pack }),
    ).rejects.toMatchObject({ appCode: 'EDITION.LOCKED' });
  });
});
