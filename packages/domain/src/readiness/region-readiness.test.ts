import { describe, expect, it } from 'vitest';
import { IGA_2023 } from '../editions/iga-2023.ts';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { ISSUE_MESSAGES } from '../messages/issue-messages.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';
import { PADANG_LAYAK_KIRIM, isBerstandar } from './berstandar.ts';
import { checkRegionReadiness } from './region-readiness.ts';

const FULL_SPD = Object.fromEntries(IGA_2026.spd.map((row) => [row.code, 2]));
const innovations = (n: number, yandas = 6) =>
  Array.from({ length: n }, (_, i) => ({
    id: `x${i}`,
    unitId: `u${i % 3}`,
    urusan: i < yandas ? YANDAS_URUSAN[i]! : 'pariwisata',
  }));
const UNITS = [{ id: 'u0' }, { id: 'u1' }, { id: 'u2' }];
const codesOf = (input: Parameters<typeof checkRegionReadiness>[1], edition = IGA_2026) =>
  checkRegionReadiness(edition, input).issues.map((i) => i.code);

describe('checkRegionReadiness', () => {
  it.each([
    [11, ['REGION.BELOW_MIN_DIVISOR']],
    [12, []],
    [13, []],
  ])('n = %i against k = 12 -> %o', (n, expected) => {
    expect(codesOf({ innovations: innovations(n), spd: FULL_SPD, units: UNITS })).toEqual(expected);
  });

  it.each([
    [4, ['REGION.YANDAS_INSUFFICIENT']],
    [5, []],
    [6, []],
  ])('%i yandas covered against a minimum of 5 -> %o', (yandas, expected) => {
    expect(codesOf({ innovations: innovations(12, yandas), spd: FULL_SPD, units: UNITS })).toEqual(expected);
  });

  it('names the missing yandas slugs', () => {
    const report = checkRegionReadiness(IGA_2026, {
      innovations: innovations(12, 4),
      spd: FULL_SPD,
      units: UNITS,
    });
    expect(report.issues[0]?.params).toEqual({ covered: 4, min: 5, missing: ['trantibum-linmas', 'sosial'] });
    expect(report.blocking).toBe(false);
  });

  it('skips the yandas check when the edition has no yandas rule (IGA 2023, yandasMin 0)', () => {
    const spd = Object.fromEntries(IGA_2023.spd.map((row) => [row.code, 1]));
    expect(codesOf({ innovations: innovations(10, 0), spd, units: UNITS }, IGA_2023)).toEqual([]);
  });

  it('reports empty SPD rows, blocking when a mandatory row is empty', () => {
    const optionalEmpty = { ...FULL_SPD, '14': 0, '15': 0 };
    const warn = checkRegionReadiness(IGA_2026, {
      innovations: innovations(12),
      spd: optionalEmpty,
      units: UNITS,
    });
    expect(warn.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ['REGION.SPD_INCOMPLETE', 'WARNING', { codes: ['14', '15'], mandatoryCodes: [] }],
    ]);
    const { '3': _three, ...withoutThree } = FULL_SPD;
    const block = checkRegionReadiness(IGA_2026, {
      innovations: innovations(12),
      spd: withoutThree,
      units: UNITS,
    });
    expect(block.blocking).toBe(true);
    expect(block.issues[0]?.params).toEqual({ codes: ['3'], mandatoryCodes: ['3'] });
  });

  it('reports unknown SPD rows and units without an innovation', () => {
    const report = checkRegionReadiness(IGA_2026, {
      innovations: innovations(12),
      spd: { ...FULL_SPD, '99': 1 },
      units: [...UNITS, { id: 'kec-margorejo' }, { id: 'puskesmas-cluwak' }],
    });
    expect(report.issues.map((i) => [i.code, i.params])).toEqual([
      ['REGION.UNKNOWN_SPD_ROW', { code: '99' }],
      ['REGION.UNITS_WITHOUT_INNOVATION', { unitIds: ['kec-margorejo', 'puskesmas-cluwak'], count: 2 }],
    ]);
    for (const issue of report.issues) expect(ISSUE_MESSAGES[issue.code]).toBeDefined();
  });
});

describe('isBerstandar', () => {
  it.each([
    [8999, false, false],
    [9000, false, true],
    [9001, true, true],
  ])('verified maturity %i: above 90 %s, at least 90 %s', (maturityX100, above, atLeast) => {
    expect(isBerstandar(maturityX100, PADANG_LAYAK_KIRIM)).toBe(above);
    expect(isBerstandar(maturityX100, { minMaturityX100: 9000, comparison: 'AT_LEAST' })).toBe(atLeast);
  });
});
