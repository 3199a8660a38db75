import { describe, expect, it } from 'vitest';
import { URUSAN, YANDAS_URUSAN, getUrusan, isYandas } from './urusan.ts';
import { urusanSlugFromName } from './urusan-name.ts';

/** The urusan names used by `units[].urusan` in shared/fixtures/pati-demo.json. */
const PATI_NAMES: [string, string][] = [
  ['Administrasi Kependudukan dan Pencatatan Sipil', 'administrasi-kependudukan-pencatatan-sipil'],
  ['Kearsipan', 'kearsipan'],
  ['Kebudayaan', 'kebudayaan'],
  ['Kelautan dan Perikanan', 'kelautan-perikanan'],
  ['Kepegawaian', 'kepegawaian'],
  ['Kepemudaan dan Olah Raga', 'kepemudaan-olahraga'],
  ['Kesehatan', 'kesehatan'],
  ['Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat', 'trantibum-linmas'],
  ['Keuangan', 'keuangan'],
  ['Komunikasi dan Informatika', 'komunikasi-informatika'],
  ['Koperasi, Usaha Kecil, dan Menengah', 'koperasi-usaha-kecil-menengah'],
  ['Lingkungan Hidup', 'lingkungan-hidup'],
  ['Pangan', 'pangan'],
  ['Pariwisata', 'pariwisata'],
  ['Pekerjaan Umum dan Penataan Ruang', 'pekerjaan-umum-penataan-ruang'],
  ['Pemberdayaan Masyarakat dan Desa', 'pemberdayaan-masyarakat-desa'],
  ['Pemberdayaan Perempuan dan Pelindungan Anak', 'pemberdayaan-perempuan-pelindungan-anak'],
  ['Penanaman Modal', 'penanaman-modal'],
  ['Pendidikan', 'pendidikan'],
  ['Pendidikan dan Pelatihan', 'pendidikan-pelatihan'],
  ['Penelitian dan Pengembangan', 'penelitian-pengembangan'],
  ['Pengendalian Penduduk dan Keluarga Berencana', 'pengendalian-penduduk-keluarga-berencana'],
  ['Perdagangan', 'perdagangan'],
  ['Perencanaan', 'perencanaan'],
  ['Perhubungan', 'perhubungan'],
  ['Perindustrian', 'perindustrian'],
  ['Perpustakaan', 'perpustakaan'],
  ['Persandian', 'persandian'],
  ['Pertanahan', 'pertanahan'],
  ['Pertanian', 'pertanian'],
  ['Perumahan Rakyat dan Kawasan Permukiman', 'perumahan-kawasan-permukiman'],
  ['Sosial', 'sosial'],
  ['Statistik', 'statistik'],
  ['Tenaga Kerja', 'tenaga-kerja'],
  ['Transmigrasi', 'transmigrasi'],
];

describe('urusan', () => {
  it('lists the 32 concurrent urusan of UU 23/2014 and the penunjang functions, with unique slugs', () => {
    expect(URUSAN.filter((u) => u.group !== 'PENUNJANG')).toHaveLength(32);
    expect(URUSAN.filter((u) => u.group === 'WAJIB_PELAYANAN_DASAR')).toHaveLength(6);
    expect(URUSAN.filter((u) => u.group === 'WAJIB_NON_PELAYANAN_DASAR')).toHaveLength(18);
    expect(URUSAN.filter((u) => u.group === 'PILIHAN')).toHaveLength(8);
    expect(new Set(URUSAN.map((u) => u.slug)).size).toBe(URUSAN.length);
  });

  it('has exactly the six yandas slugs, which are the wajib pelayanan dasar group', () => {
    expect(YANDAS_URUSAN).toEqual([
      'pendidikan',
      'kesehatan',
      'pekerjaan-umum-penataan-ruang',
      'perumahan-kawasan-permukiman',
      'trantibum-linmas',
      'sosial',
    ]);
    expect(URUSAN.filter((u) => u.group === 'WAJIB_PELAYANAN_DASAR').map((u) => u.slug)).toEqual([
      ...YANDAS_URUSAN,
    ]);
  });

  it.each([
    ['kesehatan', true],
    ['trantibum-linmas', true],
    ['pariwisata', false],
    ['Kesehatan', false],
    ['', false],
  ])('isYandas(%s) = %s', (slug, yandas) => {
    expect(isYandas(slug)).toBe(yandas);
  });

  it.each(PATI_NAMES)('maps the Pati fixture name %s to %s', (name, slug) => {
    expect(urusanSlugFromName(name)).toBe(slug);
    expect(getUrusan(slug)).toBeDefined();
  });

  it.each([
    ['  pekerjaan umum & penataan ruang ', 'pekerjaan-umum-penataan-ruang'],
    ['Pemberdayaan Perempuan dan Perlindungan Anak', 'pemberdayaan-perempuan-pelindungan-anak'],
    ['sosial', 'sosial'],
    ['trantibum-linmas', 'trantibum-linmas'],
    ['Urusan Antariksa', undefined],
  ])('maps %j to %s', (name, slug) => {
    expect(urusanSlugFromName(name)).toBe(slug);
  });
});
