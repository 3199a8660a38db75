import { describe, expect, it } from 'vitest';
import { IGA_2023 } from '../editions/iga-2023.ts';
import { IGA_2026 } from '../editions/iga-2026.ts';
import type { TEditionPack } from '../editions/schema.ts';
import { eligibilityWindowFor, isInWindow } from './eligibility.ts';

describe('eligibilityWindowFor', () => {
  it.each([
    [IGA_2026, 2026, '2024-01-01', '2025-12-31'],
    [IGA_2026, 2027, '2025-01-01', '2026-12-31'],
    [IGA_2026, 2025, '2023-01-01', '2024-12-31'],
    [IGA_2023, 2023, '2021-01-01', '2022-12-31'],
  ])('%#: assessment year %i -> %s..%s', (edition, year, from, to) => {
    expect(eligibilityWindowFor(edition, year)).toEqual({ from, to });
  });

  it('moves 29 February to 28 February in a common year', () => {
    const custom: TEditionPack = structuredClone(IGA_2026);
    custom.constants.eligibilityWindow.value = { from: '2024-02-29', to: '2025-12-31' };
    expect(eligibilityWindowFor(custom, 2027)).toEqual({ from: '2025-02-28', to: '2026-12-31' });
    expect(eligibilityWindowFor(custom, 2030)).toEqual({ from: '2028-02-29', to: '2029-12-31' });
  });
});

describe('isInWindow', () => {
  const window = { from: '2024-01-01', to: '2025-12-31' };
  it.each([
    ['2023-12-31', false],
    ['2024-01-01', true],
    ['2025-12-31', true],
    ['2026-01-01', false],
  ])('%s -> %s', (date, inside) => {
    expect(isInWindow(date, window)).toBe(inside);
  });
});
