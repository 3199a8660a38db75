import type { TInnovationProfile, TRancangBangun } from './profile-schema.ts';

/** Six rancang bangun sections with `total` words in all (distributed as evenly as possible). */
export function rancangBangunOf(total: number): TRancangBangun {
  const keys = [
    'dasarHukum',
    'permasalahan',
    'isuStrategis',
    'metodePembaharuan',
    'keunggulan',
    'tahapanCaraKerja',
  ] as const;
  const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
  const entries = keys.map((key, i) => [key, words(Math.floor(total / 6) + (i < total % 6 ? 1 : 0))]);
  return Object.fromEntries(entries) as TRancangBangun;
}

/** A complete, valid IGA 2026 profile in penerapan (applied 2024-03-01) with a 300-word rancang bangun. */
export function validProfile(overrides: Partial<TInnovationProfile> = {}): TInnovationProfile {
  return {
    name: 'BERDENTING',
    unitId: 'dinkes',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    jenis: 'NON_DIGITAL',
    bentuk: 'PELAYANAN_PUBLIK',
    urusan: 'kesehatan',
    urusanLain: ['sosial'],
    waktuUjiCoba: '2023-06-14',
    waktuPenerapan: '2024-03-01',
    rancangBangun: rancangBangunOf(300),
    tujuan: 'Memilah data stunting dan stunted.',
    manfaat: 'Penanganan balita tepat sasaran.',
    hasil: 'Data stunting terpilah.',
    ...overrides,
  };
}
