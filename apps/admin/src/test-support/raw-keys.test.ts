// The raw-key scan of the browser tests (e2e/support/raw-keys.ts) is checked here, where unit tests run.
import { describe, expect, it } from 'vitest';
import { findRawKeys } from '../../e2e/support/raw-keys';

describe('findRawKeys', () => {
  it.each([
    'Isian waktuPenerapan wajib diisi',
    'Tahapan UJI_COBA',
    'Inisiator PERANGKAT_DAERAH_(OPD)',
    'SECONDARY -> CONFIRMED',
    'review.verdict pada IndicatorAnswer cmxdrc6fq002jsh7d6ra58cvb',
    'Periode masih PLANNING',
  ])('finds the key in "%s"', (text) => {
    expect(findRawKeys(text)).not.toEqual([]);
  });

  it.each([
    'Indikator 16 (IID) dari OPD dan UPTD, bukti PDF dan SPD',
    'Inovasi SIJAKAPATI, “KEPUTUSAN BUPATI PATI”',
    'operator.dinkes@demo.inovda.id mengunggah surat-keputusan.pdf dari https://www.youtube.com/watch?v=abcDef',
    'Tergabung dalam superApps layanan publik',
  ])('finds nothing in "%s"', (text) => {
    expect(findRawKeys(text)).toEqual([]);
  });
});
