/** Where an urusan sits in UU 23/2014 Pasal 11-12, plus the penunjang functions used by the IID form. */
export type UrusanGroup = 'WAJIB_PELAYANAN_DASAR' | 'WAJIB_NON_PELAYANAN_DASAR' | 'PILIHAN' | 'PENUNJANG';

/** An urusan pemerintahan: stable slug and Indonesian label. */
export interface Urusan {
  readonly slug: string;
  readonly label: string;
  readonly group: UrusanGroup;
}

const u = (slug: string, label: string, group: UrusanGroup): Urusan => ({ slug, label, group });
const DASAR = 'WAJIB_PELAYANAN_DASAR';
const NON_DASAR = 'WAJIB_NON_PELAYANAN_DASAR';

/**
 * The 32 concurrent urusan of UU 23/2014 Pasal 12 (6 wajib pelayanan dasar, 18 wajib non pelayanan dasar,
 * 8 pilihan) and the penunjang functions of the IID form (reference §5.1, [C3]). Keep slugs stable: they are
 * stored in the database and used in portfolio files.
 */
export const URUSAN: readonly Urusan[] = [
  u('pendidikan', 'Pendidikan', DASAR),
  u('kesehatan', 'Kesehatan', DASAR),
  u('pekerjaan-umum-penataan-ruang', 'Pekerjaan Umum dan Penataan Ruang', DASAR),
  u('perumahan-kawasan-permukiman', 'Perumahan Rakyat dan Kawasan Permukiman', DASAR),
  u('trantibum-linmas', 'Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat', DASAR),
  u('sosial', 'Sosial', DASAR),
  u('tenaga-kerja', 'Tenaga Kerja', NON_DASAR),
  u('pemberdayaan-perempuan-pelindungan-anak', 'Pemberdayaan Perempuan dan Pelindungan Anak', NON_DASAR),
  u('pangan', 'Pangan', NON_DASAR),
  u('pertanahan', 'Pertanahan', NON_DASAR),
  u('lingkungan-hidup', 'Lingkungan Hidup', NON_DASAR),
  u(
    'administrasi-kependudukan-pencatatan-sipil',
    'Administrasi Kependudukan dan Pencatatan Sipil',
    NON_DASAR,
  ),
  u('pemberdayaan-masyarakat-desa', 'Pemberdayaan Masyarakat dan Desa', NON_DASAR),
  u('pengendalian-penduduk-keluarga-berencana', 'Pengendalian Penduduk dan Keluarga Berencana', NON_DASAR),
  u('perhubungan', 'Perhubungan', NON_DASAR),
  u('komunikasi-informatika', 'Komunikasi dan Informatika', NON_DASAR),
  u('koperasi-usaha-kecil-menengah', 'Koperasi, Usaha Kecil, dan Menengah', NON_DASAR),
  u('penanaman-modal', 'Penanaman Modal', NON_DASAR),
  u('kepemudaan-olahraga', 'Kepemudaan dan Olah Raga', NON_DASAR),
  u('statistik', 'Statistik', NON_DASAR),
  u('persandian', 'Persandian', NON_DASAR),
  u('kebudayaan', 'Kebudayaan', NON_DASAR),
  u('perpustakaan', 'Perpustakaan', NON_DASAR),
  u('kearsipan', 'Kearsipan', NON_DASAR),
  u('kelautan-perikanan', 'Kelautan dan Perikanan', 'PILIHAN'),
  u('pariwisata', 'Pariwisata', 'PILIHAN'),
  u('pertanian', 'Pertanian', 'PILIHAN'),
  u('kehutanan', 'Kehutanan', 'PILIHAN'),
  u('energi-sumber-daya-mineral', 'Energi dan Sumber Daya Mineral', 'PILIHAN'),
  u('perdagangan', 'Perdagangan', 'PILIHAN'),
  u('perindustrian', 'Perindustrian', 'PILIHAN'),
  u('transmigrasi', 'Transmigrasi', 'PILIHAN'),
  u('perencanaan', 'Perencanaan', 'PENUNJANG'),
  u('keuangan', 'Keuangan', 'PENUNJANG'),
  u('kepegawaian', 'Kepegawaian', 'PENUNJANG'),
  u('pendidikan-pelatihan', 'Pendidikan dan Pelatihan', 'PENUNJANG'),
  u('penelitian-pengembangan', 'Penelitian dan Pengembangan', 'PENUNJANG'),
  u('fungsi-lain', 'Fungsi lain sesuai dengan Ketentuan Peraturan Perundang-undangan', 'PENUNJANG'),
];

/**
 * The six *urusan wajib yang berkaitan dengan pelayanan dasar* (UU 23/2014 Pasal 12(1)) that the yandas rule
 * of the count score counts (reference §3.2, [C1][C2]). Order is fixed (the planner uses it as slot index).
 */
export const YANDAS_URUSAN = [
  'pendidikan',
  'kesehatan',
  'pekerjaan-umum-penataan-ruang',
  'perumahan-kawasan-permukiman',
  'trantibum-linmas',
  'sosial',
] as const;

/** One of the six yandas slugs. */
export type YandasSlug = (typeof YANDAS_URUSAN)[number];

const YANDAS_SET: ReadonlySet<string> = new Set(YANDAS_URUSAN);

/** True for the six yandas slugs; any other slug (or an unknown one) is not yandas. */
export function isYandas(slug: string): slug is YandasSlug {
  return YANDAS_SET.has(slug);
}

/** The urusan with this slug, or `undefined`. */
export function getUrusan(slug: string): Urusan | undefined {
  return URUSAN.find((urusan) => urusan.slug === slug);
}
