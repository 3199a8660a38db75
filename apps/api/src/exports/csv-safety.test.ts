import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from './csv-safety.ts';

describe('neutralizeFormula', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralizeFormula('+62 811')).toBe("'+62 811");
    expect(neutralizeFormula('-1+1')).toBe("'-1+1");
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
  });

  it('leaves ordinary text and numbers as they are', () => {
    expect(neutralizeFormula('Layanan Antar Obat')).toBe('Layanan Antar Obat');
    expect(neutralizeFormula('a=b')).toBe('a=b');
    expect(neutralizeFormula(-2)).toBe(-2);
    expect(neutralizeFormula('')).toBe('');
  });
});
