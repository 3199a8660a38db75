import { describe, expect, it } from 'vitest';
import { renderPairs, renderTable } from './render-table.ts';

describe('renderTable', () => {
  it('aligns columns to the widest cell, numbers to the right', () => {
    const text = renderTable(
      ['No', 'Nama'],
      [
        ['1', 'Sapa Warga'],
        ['10', 'X'],
      ],
      ['right', 'left'],
    );
    expect(text.split('\n')).toEqual(['No  Nama', '--  ----------', ' 1  Sapa Warga', '10  X']);
  });

  it('aligns label/value pairs', () => {
    expect(
      renderPairs([
        ['IID', '65,01'],
        ['Predikat', 'Sangat Inovatif'],
      ]),
    ).toBe('IID       65,01\nPredikat  Sangat Inovatif');
  });
});
