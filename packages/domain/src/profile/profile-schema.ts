import { z } from 'zod';
import { ZIsoDate } from '../editions/schema-parts.ts';
import { getUrusan } from '../urusan/urusan.ts';

/**
 * Upper bounds of the profile's free texts, in characters: short labels, the goal/benefit/result texts, each
 * rancang bangun section, the video link. Generous for real writing (a section of 20.000 characters is about
 * 3.000 words) and small enough that a whole profile stays far below the API's 1 MiB request limit.
 */
export const PROFILE_TEXT_LIMITS = { short: 200, goal: 10_000, section: 20_000, url: 2_000 } as const;

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const text = z.string({ error: 'Harus berupa teks' });
/** Text of at most `max` characters, with an Indonesian message naming the limit. */
const bounded = (max: number) => text.max(max, { error: `Teks paling banyak ${thousands(max)} karakter` });
const required = (label: string) => text.trim().min(1, { error: `${label} wajib diisi` });
// An empty choice is a missing answer ("wajib dipilih"), not an unknown urusan.
const urusanSlug = z.string({ error: 'Urusan wajib dipilih' }).superRefine((slug, ctx) => {
  if (slug.trim() === '') ctx.addIssue({ code: 'custom', message: 'Urusan wajib dipilih' });
  else if (getUrusan(slug) === undefined) ctx.addIssue({ code: 'custom', message: 'Urusan tidak dikenal' });
});

/** Tahapan inovasi (reference §1.2). */
export const ZTahapan = z.enum(['INISIATIF', 'UJI_COBA', 'PENERAPAN'], { error: 'Tahapan tidak valid' });
/** Inisiator (PP 38/2017; IID labels). */
export const ZInisiator = z.enum(['KEPALA_DAERAH', 'ANGGOTA_DPRD', 'OPD', 'ASN', 'MASYARAKAT'], {
  error: 'Inisiator tidak valid',
});
/** Jenis inovasi: digital (daring) or non digital (luring). */
export const ZJenis = z.enum(['DIGITAL', 'NON_DIGITAL'], { error: 'Jenis inovasi tidak valid' });
/** Bentuk inovasi (PP 38/2017): tata kelola, pelayanan publik, lainnya sesuai urusan. */
export const ZBentuk = z.enum(['TATA_KELOLA', 'PELAYANAN_PUBLIK', 'LAINNYA'], {
  error: 'Bentuk inovasi tidak valid',
});
/** Klasifikasi (2026 [C1]). */
export const ZKlasifikasi = z.enum(['INOVASI_PERANGKAT_DAERAH', 'INOVASI_DESA', 'INOVASI_MASYARAKAT'], {
  error: 'Klasifikasi tidak valid',
});

/** The six sections of *rancang bangun inovasi dan pokok perubahan* (reference §5.1); >= 300 words in total. */
export const ZRancangBangun = z.object({
  dasarHukum: bounded(PROFILE_TEXT_LIMITS.section),
  permasalahan: bounded(PROFILE_TEXT_LIMITS.section),
  isuStrategis: bounded(PROFILE_TEXT_LIMITS.section),
  metodePembaharuan: bounded(PROFILE_TEXT_LIMITS.section),
  keunggulan: bounded(PROFILE_TEXT_LIMITS.section),
  tahapanCaraKerja: bounded(PROFILE_TEXT_LIMITS.section),
});
/** Rancang bangun sections. */
export type TRancangBangun = z.infer<typeof ZRancangBangun>;

/** Budget: amount in whole rupiah and its source (APBD, BOSP, BOK/JKN, ...). */
export const ZAnggaran = z.object({
  jumlah: z
    .number({ error: 'Jumlah anggaran harus angka' })
    .int({ error: 'Jumlah anggaran dalam rupiah bulat' })
    .min(0, {
      error: 'Jumlah anggaran tidak boleh negatif',
    }),
  sumber: required('Sumber anggaran').max(PROFILE_TEXT_LIMITS.short, {
    error: `Sumber anggaran paling banyak ${PROFILE_TEXT_LIMITS.short} karakter`,
  }),
});

/** Location in decimal degrees (WGS 84). */
export const ZKoordinat = z.object({
  lat: z.number().min(-90, { error: 'Lintang -90..90' }).max(90, { error: 'Lintang -90..90' }),
  lng: z.number().min(-180, { error: 'Bujur -180..180' }).max(180, { error: 'Bujur -180..180' }),
});

const optionalDate = ZIsoDate.nullish();

/**
 * The innovation profile of the IID form (reference §5.1), shared by the API input and the admin forms. Shape
 * rules only; stage-dependent required fields, date order, the eligibility window and the word minimum are
 * checked by `validateProfile`, which needs the edition and the assessment year.
 */
export const ZInnovationProfile = z.object({
  name: required('Nama inovasi').max(200, { error: 'Nama inovasi paling banyak 200 karakter' }),
  unitId: required('Unit pelaksana').max(64, { error: 'Unit pelaksana tidak valid' }),
  tahapan: ZTahapan,
  inisiator: ZInisiator,
  namaInisiator: bounded(PROFILE_TEXT_LIMITS.short).trim().optional(),
  jenis: ZJenis,
  bentuk: ZBentuk,
  urusan: urusanSlug,
  urusanLain: z.array(urusanSlug).refine((list) => new Set(list).size === list.length, {
    error: 'Urusan lain tidak boleh berulang',
  }),
  klasifikasi: ZKlasifikasi.optional(),
  tematik: bounded(PROFILE_TEXT_LIMITS.short).trim().optional(),
  astaCita: z
    .number()
    .int()
    .min(1, { error: 'Asta Cita 1..8' })
    .max(8, { error: 'Asta Cita 1..8' })
    .optional(),
  pkpn: bounded(PROFILE_TEXT_LIMITS.short).trim().optional(),
  waktuUjiCoba: optionalDate,
  waktuPenerapan: optionalDate,
  waktuPengembangan: optionalDate,
  rancangBangun: ZRancangBangun,
  tujuan: bounded(PROFILE_TEXT_LIMITS.goal),
  manfaat: bounded(PROFILE_TEXT_LIMITS.goal),
  hasil: bounded(PROFILE_TEXT_LIMITS.goal),
  anggaran: ZAnggaran.nullish(),
  videoUrl: z
    .string({ error: 'Tautan video tidak valid' })
    .max(PROFILE_TEXT_LIMITS.url, {
      error: `Tautan video paling banyak ${thousands(PROFILE_TEXT_LIMITS.url)} karakter`,
    })
    // Only web links: a `javascript:` or `data:` link would run when someone opens it.
    .regex(/^https?:\/\//i, { error: 'Tautan video harus diawali http:// atau https://' })
    .pipe(z.url({ protocol: /^https?$/, error: 'Tautan video tidak valid' }))
    .nullish(),
  koordinat: ZKoordinat.nullish(),
});
/** A complete innovation profile. */
export type TInnovationProfile = z.infer<typeof ZInnovationProfile>;

/** A profile being written: every field optional (rancang bangun sections too), shapes still checked. */
export const ZInnovationProfileDraft = ZInnovationProfile.extend({
  rancangBangun: ZRancangBangun.partial().optional(),
}).partial();
/** A draft innovation profile. */
export type TInnovationProfileDraft = z.infer<typeof ZInnovationProfileDraft>;
