import { getEdition, type TEditionPack } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { createSpdRowSchema, toSpdInput, type TSpdRowForm } from './spd-row-schema';

const edition = getEdition('iga-2026') as TEditionPack;
const empty: TSpdRowForm = { tier: 0, t1: '', t2: '', value: '', note: '' };
const issues = (code: string, numeric: boolean, values: Partial<TSpdRowForm>) => {
  const result = createSpdRowSchema(edition, code, numeric).safeParse({ ...empty, ...values });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('createSpdRowSchema', () => {
  it('accepts any tier 0..3 on an option row', () => {
    expect(issues('1', false, { tier: 3 })).toEqual([]);
    expect(issues('1', false, { tier: 4 })).toHaveLength(1);
  });

  it('needs figures on a numeric row', () => {
    expect(issues('3', true, {})).toEqual(['t1:SPD.RAW_MISSING']);
    expect(issues('3', true, { t1: '1100' })).toEqual(['t2:SPD.RAW_MISSING']);
    expect(issues('5b', true, {})).toEqual(['value:SPD.RAW_MISSING']);
  });

  it('reports unreadable figures and a zero base on the field', () => {
    expect(issues('3', true, { t1: 'banyak', t2: '10' })).toEqual([
      't1:“banyak” bukan angka yang dapat dibaca. Tulis angkanya saja, mis. 1.250.000 atau 12,5.',
    ]);
    expect(issues('3', true, { t1: '10', t2: '1,250,000' })).toEqual([
      expect.stringMatching(/^t2:“1,250,000” dapat dibaca dua cara.*maksud Anda 1\.250\.000\?$/),
    ]);
    expect(issues('3', true, { t1: '10', t2: '0' })).toEqual(['t2:SPD.DIVISION_BY_ZERO']);
  });

  it('accepts figures that derive a tier', () => {
    expect(issues('3', true, { t1: '1100', t2: '1000' })).toEqual([]);
  });
});

describe('toSpdInput', () => {
  it('sends the tier for an option row and the raw figures for a numeric row', () => {
    expect(toSpdInput({ ...empty, tier: 2 }, false, [])).toEqual({ tier: 2, note: null });
    expect(toSpdInput({ ...empty, t1: ' 1100 ', t2: '1000', note: 'BPS' }, true, ['t1', 't2'])).toEqual({
      raw: { t1: '1100', t2: '1000' },
      note: 'BPS',
    });
  });

  it('sends the figures in machine writing, read the Indonesian way', () => {
    const values = { ...empty, t1: '2.012', t2: 'Rp 1.250.000,50' };
    expect(toSpdInput(values, true, ['t1', 't2'])).toEqual({
      raw: { t1: '2012', t2: '1250000.5' },
      note: null,
    });
  });
});
