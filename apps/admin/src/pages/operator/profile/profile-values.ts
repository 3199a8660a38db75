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

/** Keeps the entries that hold a value: a stored null or a missing key leaves the form's empty default. */
function present(record: object | null | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record ?? {}).filter(([, value]) => value !== null && value !== undefined),
  );
}

/**
 * A stored profile (a draft: seeded, imported, carried over or half-written, so any field or rancang bangun
 * section may be missing or null) as the form's values, every untouched text an empty string.
 */
export function toProfileFormValues(unitId: string, stored: unknown): TProfileFormValues {
  const empty = createEmptyProfile(unitId);
  const profile = present(typeof stored === 'object' ? stored : null) as Partial<TProfileFormValues>;
  return {
    ...empty,
    ...profile,
    rancangBangun: { ...empty.rancangBangun, ...present(profile.rancangBangun) },
  };
}

/**
 * Form values -> schema input: an untouched budget (no amount, no source) means "no budget" (null), and
 * empty optional texts are left out, so the schema judges what the user meant rather than blank inputs.
 */
export function normalizeProfileValues(values: TProfileFormValues): TProfileFormValues {
  const anggaran = values.anggaran;
  // A cleared number input gives null and an untouched field undefined, whatever the form's type says.
  const jumlah = anggaran?.jumlah as number | null | undefined;
  const sumber = anggaran?.sumber;
  const budgetEmpty = !anggaran || ((jumlah === undefined || jumlah === null) && !sumber?.trim());
  return {
    ...values,
    namaInisiator: values.namaInisiator?.trim() ? values.namaInisiator : undefined,
    anggaran: budgetEmpty ? null : anggaran,
    videoUrl: values.videoUrl?.trim() ? values.videoUrl.trim() : null,
  };
}
