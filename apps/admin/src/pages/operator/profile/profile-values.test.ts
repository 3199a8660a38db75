import { ZInnovationProfile } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { createEmptyProfile, normalizeProfileValues } from './profile-values';

describe('normalizeProfileValues', () => {
  const base = { ...createEmptyProfile('unit-1'), name: 'Sipandu', urusan: 'kesehatan' };

  it('turns an untouched budget and empty optional texts into "not given"', () => {
    const values = normalizeProfileValues({
      ...base,
      anggaran: { jumlah: undefined as unknown as number, sumber: ' ' },
      videoUrl: '  ',
    });
    expect(values.anggaran).toBeNull();
    expect(values.videoUrl).toBeNull();
    expect(values.namaInisiator).toBeUndefined();
    expect(ZInnovationProfile.safeParse(values).success).toBe(true);
  });

  it('keeps a half-filled budget so the schema can say what is missing', () => {
    const values = normalizeProfileValues({ ...base, anggaran: { jumlah: 25_000_000, sumber: '' } });
    const parsed = ZInnovationProfile.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['anggaran', 'sumber']);
  });

  it('an empty new profile is not valid until it has a name and an urusan', () => {
    const parsed = ZInnovationProfile.safeParse(normalizeProfileValues(createEmptyProfile('unit-1')));
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['name', 'urusan']);
  });
});
