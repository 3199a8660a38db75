import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../editions/registry.ts';
import { validateEditionPack } from '../editions/validate-edition-pack.ts';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { listUnconfirmed } from '../editions/list-unconfirmed.ts';
import { assessEvidence } from './assess-evidence.ts';
import * as D from './test-documents.ts';

const ASSESSED = ['16', '17', '18', '20', '21', '22', '23', '24', '28', '31', '33', '34'];

function clone() {
  return structuredClone(IGA_2026) as unknown as {
    sid: { code: string; expectations?: Record<string, unknown> }[];
  };
}

describe('evidence expectations in the rule packs', () => {
  it.each(Object.values(EDITIONS))(
    '$code carries expectations for the indicators whose guide names a document',
    (pack) => {
      expect(pack.sid.filter((i) => i.expectations).map((i) => i.code)).toEqual(ASSESSED);
    },
  );

  it('marks where the guide is silent as UNCONFIRMED, and every 2024 expectation', () => {
    const paths = listUnconfirmed(IGA_2026).map((u) => u.path.join('.'));
    expect(paths).toContain('sid.1.expectations.namesInnovation');
    expect(paths).toContain('sid.7.expectations.years.0');
    const old = listUnconfirmed(EDITIONS['iga-2024']).filter((u) => u.path.includes('expectations'));
    expect(old.length).toBeGreaterThan(ASSESSED.length);
  });

  it('lets a custom edition change an expectation, and the check follows it', () => {
    const pack = clone();
    const sdm = pack.sid.find((i) => i.code === '17');
    if (!sdm?.expectations) throw new Error('17 has expectations');
    (sdm.expectations['tierRule'] as { bands: { cutX100: { tier2: number } } }).bands.cutX100.tier2 = 1300;
    const result = validateEditionPack(pack);
    if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
    expect(assessEvidence(result.value, '17', 2, D.INNOVATION, [D.team('SK', 12)]).supportedTier).toBe(1);
    expect(assessEvidence(IGA_2026, '17', 2, D.INNOVATION, [D.team('SK', 12)]).supportedTier).toBe(2);
  });

  /* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- edits reach into untyped JSON on purpose */
  type Edit = (e: Record<string, any>) => unknown;
  it.each<[string, Edit, (string | number)[], string | undefined]>([
    [
      'a ladder with a tier twice',
      (e) => (e.tierRule.tiers[1].tier = 1),
      ['sid', 0, 'expectations', 'tierRule', 'tiers', 1, 'tier'],
      'Tingkat 1 muncul lebih dari sekali',
    ],
    [
      'a year range running backwards',
      (e) =>
        (e.years = [
          { rule: 'WITHIN', fromOffset: 0, toOffset: -2, source: ['Pemda'], confidence: 'UNCONFIRMED' },
        ]),
      ['sid', 0, 'expectations', 'years', 0, 'fromOffset'],
      'Awal rentang tahun bukti harus sebelum atau sama dengan akhirnya',
    ],
    [
      'an unknown document kind',
      (e) => (e.tierRule.tiers[0].documents[0].kind = 'FOTO'),
      ['sid', 0, 'expectations', 'tierRule', 'tiers', 0, 'documents', 0, 'kind'],
      undefined,
    ],
    [
      'a missing source',
      (e) => delete e.namesInnovation.source,
      ['sid', 0, 'expectations', 'namesInnovation', 'source'],
      'Wajib diisi',
    ],
    /* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access */
  ])('refuses %s with its path and words', (_what, edit, path, message) => {
    const pack = clone();
    const regulasi = pack.sid[0];
    if (!regulasi?.expectations) throw new Error('16 has expectations');
    edit(regulasi.expectations);
    const result = validateEditionPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.error.issues.find((i) => i.path.join('.') === path.join('.'));
    expect(issue).toBeDefined();
    if (message) expect(issue?.messages.id).toBe(message);
    expect(issue?.messages.en).not.toBe('');
  });

  it('refuses a Kemanfaatan rule on an indicator without measurement bases', () => {
    const pack = clone();
    const regulasi = pack.sid[0];
    if (!regulasi?.expectations) throw new Error('16 has expectations');
    regulasi.expectations['tierRule'] = {
      kind: 'KEMANFAATAN',
      documents: [{ kind: 'LAPORAN' }],
      source: ['C7'],
      confidence: 'UNCONFIRMED',
    };
    const result = validateEditionPack(pack);
    expect(result.ok ? [] : result.error.issues.map((i) => i.messages.en)).toContain(
      'A Kemanfaatan evidence expectation needs measurement bases on the indicator',
    );
  });
});
