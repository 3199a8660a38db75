import { getEdition, type TEditionPack } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { basisBands, previewRawFigure, rawFigureText } from './raw-figure';

const IGA_2026 = getEdition('iga-2026') as TEditionPack;
const k33 = IGA_2026.sid.find((i) => i.code === '33')!;

describe('previewRawFigure', () => {
  it.each([
    ['a', '350', 2],
    ['a', '501', 3],
    ['a', '200', 1],
    ['b', '20,01', 2],
    ['b', '4,99', 0],
    // A dot groups thousands, as Indonesians write: 1.000 persons is tier 3.
    ['a', '1.000', 3],
    ['a', '1 000', 3],
    ['d', '10', 2],
    ['f', '3', 3],
  ])('basis %s, %j -> tier %i (IGA 2026 bands)', (basis, text, tier) => {
    expect(previewRawFigure(IGA_2026, basis, text)).toMatchObject({ status: 'OK', tier });
  });

  it('follows the bands of the edition it is given (a custom edition)', () => {
    const custom = JSON.parse(JSON.stringify(IGA_2026)) as TEditionPack;
    custom.sid.find((i) => i.code === '33')!.bases![0]!.bands!.cutX100.tier3 = 30000;
    expect(previewRawFigure(custom, 'a', '350')).toMatchObject({ status: 'OK', tier: 3 });
  });

  it.each([
    ['4.99', 'dapat dibaca dua cara'],
    ['12,345', 'paling banyak 2 angka di belakang koma'],
    ['-5', 'tidak boleh negatif'],
    ['dua ratus', 'bukan angka'],
    ['350 orang', 'bukan angka'],
  ])('refuses %j, saying why (%s)', (text, reason) => {
    const preview = previewRawFigure(IGA_2026, 'a', text);
    expect(preview.status).toBe('INVALID');
    expect(preview.status === 'INVALID' && preview.message).toContain(reason);
  });

  it('reads English writing on the English screen and saves machine writing', () => {
    expect(previewRawFigure(IGA_2026, 'b', '20.01', 'en')).toMatchObject({
      status: 'OK',
      tier: 2,
      text: '20.01',
    });
    expect(previewRawFigure(IGA_2026, 'a', '1.000')).toMatchObject({ status: 'OK', text: '1000' });
  });

  it('waits for a figure and for a basis', () => {
    expect(previewRawFigure(IGA_2026, 'a', '  ')).toEqual({ status: 'EMPTY' });
    expect(previewRawFigure(IGA_2026, null, '350')).toMatchObject({ status: 'INVALID' });
  });
});

describe('basisBands / rawFigureText', () => {
  it('finds the bands of the chosen basis only', () => {
    expect(basisBands(k33, 'a')).toMatchObject({ unit: 'PERSONS' });
    expect(basisBands(k33, null)).toBeUndefined();
    expect(basisBands(IGA_2026.sid[0]!, 'a')).toBeUndefined();
  });

  it('reads the stored figure and writes it for the screen', () => {
    expect(rawFigureText('350')).toBe('350');
    expect(rawFigureText('1250.5')).toBe('1.250,5');
    expect(rawFigureText(12.5, 'en')).toBe('12.5');
    expect(rawFigureText(null)).toBe('');
  });
});
