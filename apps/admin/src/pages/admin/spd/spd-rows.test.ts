import { getEdition, type TEditionPack } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { deriveRowTier, listSpdFormRows } from './spd-rows';

const edition = getEdition('iga-2026') as TEditionPack;

describe('listSpdFormRows', () => {
  it('lists the 20 SPD rows of IGA 2026 in order', () => {
    const rows = listSpdFormRows(edition);
    expect(rows).toHaveLength(20);
    expect(rows[0]?.row.code).toBe('1');
  });

  it('asks for a choice on option rows, two years on changes, one value on levels', () => {
    const byCode = new Map(listSpdFormRows(edition).map((r) => [r.row.code, r]));
    expect(byCode.get('1')).toMatchObject({ mode: 'CHOICE', fields: [] });
    expect(byCode.get('3')).toMatchObject({ mode: 'FIGURES', fields: ['t1', 't2'] });
    expect(byCode.get('5b')).toMatchObject({ mode: 'FIGURES', fields: ['value'] });
  });
});

describe('deriveRowTier', () => {
  it('is null while nothing is typed', () => {
    expect(deriveRowTier(edition, '3', { t1: '', t2: ' ' })).toBeNull();
  });

  it('derives row 3 (permits, % change T-1 vs T-2) exactly', () => {
    // (1100 - 1000) / 1000 = +10 % >= 8,17 % -> tier 3.
    const result = deriveRowTier(edition, '3', { t1: '1100', t2: '1000' });
    expect(result).toEqual({ ok: true, value: { tier: 3, valueX100: 1000 } });
  });

  it('derives a level row where lower is better (5b, open unemployment T-1)', () => {
    const result = deriveRowTier(edition, '5b', { value: '2,10' });
    expect(result?.ok && result.value.tier).toBe(3);
  });

  it('reports a missing year and a division by zero as domain issues', () => {
    const missing = deriveRowTier(edition, '3', { t1: '1100' });
    expect(missing?.ok === false && missing.error.code).toBe('SPD.RAW_MISSING');
    const zero = deriveRowTier(edition, '3', { t1: '5', t2: '0' });
    expect(zero?.ok === false && zero.error.code).toBe('SPD.DIVISION_BY_ZERO');
  });

  it('reads figures the Indonesian way: a dot groups thousands, a comma marks decimals', () => {
    // 2.012 permits against 1.900: +5,89 % (tier 1 or more), not 2,012 against 1.900 (-99,89 %).
    const permits = deriveRowTier(edition, '3', { t1: '2.012', t2: '1.900' });
    expect(permits?.ok && permits.value.valueX100).toBe(589);
    const large = deriveRowTier(edition, '3', { t1: '1.250.000.000', t2: '1.000.000.000' });
    expect(large?.ok && large.value.valueX100).toBe(2500);
    const decimals = deriveRowTier(edition, '3', { t1: '1.250.000,50', t2: '1.250.000,50' });
    expect(decimals?.ok && decimals.value.valueX100).toBe(0);
  });

  it('refuses an ambiguous figure with the number issue instead of guessing', () => {
    const result = deriveRowTier(edition, '5b', { value: '5.91' });
    expect(result?.ok === false && result.error.code).toBe('NUMBER.AMBIGUOUS');
    expect(result?.ok === false && result.error.path).toEqual(['value']);
  });
});
