import { ZInnovationProfile } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { normalizeProfileValues, toProfileFormValues } from './profile-values';

/** The messages the profile form would show for what the server stored, field by field. */
function formIssues(stored: unknown) {
  const parsed = ZInnovationProfile.safeParse(normalizeProfileValues(toProfileFormValues('unit-1', stored)));
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('toProfileFormValues', () => {
  // Reported: a seeded, imported or carried-over innovation with an empty rancang bangun section could not be
  // saved: "Harus berupa teks" under every untouched section.
  it('lets a draft with missing or null rancang bangun sections and texts be saved as it is', () => {
    const stored = {
      name: 'Posyandu Remaja',
      unitId: 'unit-1',
      tahapan: 'PENERAPAN',
      inisiator: 'OPD',
      jenis: 'NON_DIGITAL',
      bentuk: 'PELAYANAN_PUBLIK',
      urusan: 'kesehatan',
      urusanLain: [],
      rancangBangun: { dasarHukum: 'Perbup Pati 12/2024', permasalahan: null },
      tujuan: null,
    };
    expect(formIssues(stored)).toEqual([]);
    const values = toProfileFormValues('unit-1', stored);
    expect(values.rancangBangun).toEqual({
      dasarHukum: 'Perbup Pati 12/2024',
      permasalahan: '',
      isuStrategis: '',
      metodePembaharuan: '',
      keunggulan: '',
      tahapanCaraKerja: '',
    });
    expect(values.tujuan).toBe('');
  });

  it('handles a profile without any rancang bangun, and no profile at all', () => {
    expect(toProfileFormValues('unit-1', { name: 'X' }).rancangBangun.keunggulan).toBe('');
    expect(toProfileFormValues('unit-1', null).name).toBe('');
  });

  it('keeps every value the server stored', () => {
    const values = toProfileFormValues('unit-1', {
      name: 'SiPATEN',
      waktuPenerapan: '2025-01-06',
      anggaran: { jumlah: 150_000_000, sumber: 'APBD' },
      rancangBangun: { isuStrategis: 'Stunting' },
    });
    expect(values).toMatchObject({
      name: 'SiPATEN',
      waktuPenerapan: '2025-01-06',
      anggaran: { jumlah: 150_000_000, sumber: 'APBD' },
      rancangBangun: { isuStrategis: 'Stunting' },
    });
  });
});
