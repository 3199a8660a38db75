import { getEdition, type TEditionPack } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { describeClaim, listSidIndicators } from './indicator-text';

const edition = getEdition('iga-2026') as TEditionPack;
const indicator = (code: string) => edition.sid.find((i) => i.code === code)!;

describe('describeClaim', () => {
  it('gives the official option text of the claimed tier', () => {
    const claim = describeClaim(indicator('16'), null);
    expect(claim.optionText(3)).toBe(indicator('16').options.find((o) => o.tier === 3)?.text);
    expect(claim.optionText(0)).toBeNull();
    expect(claim.basisMeasure).toBeNull();
  });

  it('follows the chosen basis of indicator 33', () => {
    const basisA = indicator('33').bases?.find((b) => b.code === 'a');
    const claim = describeClaim(indicator('33'), 'a');
    expect(claim.optionText(2)).toBe(basisA?.options.find((o) => o.tier === 2)?.text);
    expect(claim.basisMeasure).toContain('a.');
  });
});

describe('listSidIndicators', () => {
  it('lists the 20 SID indicators of IGA 2026 from 16 to 35', () => {
    const numbers = listSidIndicators(edition).map((i) => i.number);
    expect(numbers).toHaveLength(20);
    expect(numbers[0]).toBe(16);
    expect(numbers.at(-1)).toBe(35);
  });
});
