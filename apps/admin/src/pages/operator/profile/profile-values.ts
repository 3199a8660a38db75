import { type ZInnovationProfile } from '@inovda/domain';
import type { z } from 'zod';

/** What the profile form holds while the user types (zod's input side of the shared schema). */
export type TProfileFormValues = z.input<typeof ZInnovationProfile>;
/** What a valid form submits: exactly what the server's `ZInnovationProfile` accepts. */
export type TProfileValues = z.output<typeof ZInnovationProfile>;

export const RANCANG_BANGUN_KEYS = [
  'dasarHukum',
  'permasalahan',
  'isuStrategis',
  'metodePembaharuan',
  'keunggulan',
  'tahapanCaraKerja',
] as const;
export type TRancangBangunKey = (typeof RANCANG_BANGUN_KEYS)[number];

/** A new innovation's starting values; the unit is the operator's own. */
export function createEmptyProfile(unitId: string): TProfileFormValues {
  return {
    name: '',
    unitId,
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    namaInisiator: '',
    jenis: 'NON_DIGITAL',
    bentuk: 'PELAYANAN_PUBLIK',
    urusan: '',
    urusanLain: [],
    waktuUjiCoba: null,
    waktuPenerapan: null,
    waktuPengembangan: null,
    rancangBangun: {
      dasarHukum: '',
      permasalahan: '',
      isuStrategis: '',
      metodePembaharuan: '',
      keunggulan: '',
      tahapanCaraKerja: '',
    },
    tujuan: '',
    manfaat: '',
    hasil: '',
    anggaran: null,
    videoUrl: null,
  };
}

/**
 * Form values -> schema input: an untouched budget (no amount, no source) means "no budget" (null), and
 * empty optional texts are left out, so the schema judges what the user meant rather than blank inputs.
 */
export function normalizeProfileValues(values: TProfileFormValues): TProfileFormValues {
  const anggaran = values.anggaran;
  const budgetEmpty =
    !anggaran || ((anggaran.jumlah === undefined || anggaran.jumlah === null) && !anggaran.sumber?.trim());
  return {
    ...values,
    namaInisiator: values.namaInisiator?.trim() ? values.namaInisiator : undefined,
    anggaran: budgetEmpty ? null : anggaran,
    videoUrl: values.videoUrl?.trim() ? values.videoUrl.trim() : null,
  };
}
