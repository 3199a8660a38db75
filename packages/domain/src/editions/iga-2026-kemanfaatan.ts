import { C7_EVIDENCE } from './iga-2026-sid-common.ts';
import { higherIsBetter, tierTexts } from './pack-helpers.ts';
import type { TKemanfaatanBasis } from './schema.ts';

const C1_C7: TKemanfaatanBasis['source'] = ['C1', 'C7'];
const secondary = { confidence: 'SECONDARY' } as const;
// [C7] gives PDF/JPG/JPEG/PNG for the whole indicator; a basis narrows it only where [C7] names a format.
const DOCS_OR_IMAGES: ('PDF' | 'JPEG' | 'PNG')[] = ['PDF', 'JPEG', 'PNG'];

/**
 * IGA 2026 indicator 33 *Kemanfaatan inovasi*: the OPD picks exactly one measurement basis a..f, each with its
 * own three tiers (reference §4.3). `measure` verbatim from [C1] `BASIS_KEMANFAATAN`; options, evidence and
 * explanation verbatim from [C7] (the [C1] `PARAMETER_KEMANFAATAN` wording is kept in `note`).
 */
export const IGA_2026_KEMANFAATAN_BASES: TKemanfaatanBasis[] = [
  {
    code: 'a',
    measure: 'Jumlah penerima manfaat (orang)',
    options: tierTexts(
      'Cakupan penerima manfaat 1-200 orang',
      'Cakupan penerima manfaat 201-500 orang',
      'Cakupan penerima manfaat 501 orang atau lebih',
    ),
    bands: higherIsBetter('PERSONS', 20100, 50100, 100),
    evidence: {
      description:
        'Daftar penerima manfaat inovasi (untuk layanan luring) dalam format pdf atau screenshoot jumlah ' +
        'pengguna/penerima manfaat inovasi daerah (untuk layanan daring) dalam format jpg/jpeg/png. Teruntuk ' +
        'inovasi nondigital, evidence berupa rekapitulasi harus melampirkan TTD/bukti tanda tangan dari penerima ' +
        'manfaat inovasi daerah (pdf).',
      fileKinds: DOCS_OR_IMAGES,
      ...C7_EVIDENCE,
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: 'b',
    measure: 'Cakupan unit penerima manfaat (persentase dari unit sasaran)',
    options: tierTexts(
      'Cakupan unit penerima manfaat 5,00% s.d 20,00% total dari unit sasaran',
      'Cakupan unit penerima manfaat 20,01% s.d 50,00% total dari unit sasaran',
      'Cakupan unit penerima manfaat diatas 50,00% total dari unit sasaran',
    ),
    bands: higherIsBetter('PERCENT', 2001, 5001, 500),
    evidence: {
      description:
        'Perbandingan rekapitulasi jumlah unit sebelum dan sesudah yang menerima manfaat inovasi. Teruntuk ' +
        'inovasi nondigital, evidence harus melampirkan TTD/Testimoni dari penerima unit atau perwakilan dari ' +
        'kelompok/unit terkait (pdf).',
      fileKinds: DOCS_OR_IMAGES,
      ...C7_EVIDENCE,
    },
    source: C1_C7,
    ...secondary,
    note:
      'Teks parameter [C1]: "Cakupan unit penerima manfaat 5,00% s.d. 20,00% dari unit sasaran" | "... 20,01% ' +
      's.d. 50,00% dari unit sasaran" | "... di atas 50,00% dari unit sasaran".',
  },
  {
    code: 'c',
    measure: 'Efisiensi belanja sebelum dan sesudah inovasi',
    options: tierTexts(
      'Efisiensi belanja sebesar 0,01%-10,00%',
      'Efisiensi belanja sebesar 10,01%-20,00%',
      'Efisiensi belanja sebesar 20,01%-30%',
    ),
    bands: higherIsBetter('PERCENT', 1001, 2001, 1),
    evidence: {
      description:
        'Laporan belanja yang memuat perbandingan biaya pengeluaran yang dibebankan sebelum dan sesudah ' +
        'penerapan inovasi.',
      fileKinds: DOCS_OR_IMAGES,
      ...C7_EVIDENCE,
    },
    needsManualCheck: true,
    source: C1_C7,
    ...secondary,
    note:
      'Sumber tidak mengatur efisiensi di atas 30 %; diterapkan sebagai tingkat 3. Teks parameter [C1]: ' +
      '"Efisiensi belanja sebesar 0,01% - 10,00%" | "... 10,01% - 20,00%" | "... 20,01% - 30,00%".',
  },
  {
    code: 'd',
    measure: 'Penambahan pendapatan sebelum dan sesudah inovasi',
    options: tierTexts(
      'Penambahan pendapatan bagi pemda atau perangkat daerah atau unit kerja yang menerapkan inovasi ' +
        '0,01%-9,99%',
      'Penambahan pendapatan bagi pemda atau perangkat daerah atau unit kerja yang menerapkan inovasi ' +
        '10,00%-19,99%',
      'Penambahan pendapatan bagi pemda atau perangkat daerah atau unit kerja yang menerapkan inovasi ≥20%',
    ),
    bands: higherIsBetter('PERCENT', 1000, 2000, 1),
    evidence: {
      description:
        'Laporan Keuangan yang memuat pendapatan sebelum dan sesudah penerapan inovasi (laporan pembukuan, ' +
        'laporan kas, neraca, saldo, dsb). Contoh: a. Inovasi diterapkan tahun 2025 maka peningkatan diukur dari ' +
        'pendapatan tahun 2025 dibandingkan tahun 2024. b. Inovasi di terapkan sejak tahun 2024 sampai saat ini ' +
        'masih diterapkan maka peningkatan diukur dari pendapatan tahun 2025 dibanding 2024. c. Inovasi di ' +
        'terapkan sejak tahun 2023 dan dikembangkan di tahun 2024 serta sampai saat ini masih diterapkan maka ' +
        'peningkatan diukur dari pendapatan tahun 2025 dibanding tahun 2024. d. Inovasi yang diterapkan di tahun ' +
        '2024 namun tidak lagi diterapkan di tahun 2025 maka peningkatan diukur dari pendapatan pada tahun 2024 ' +
        'dibanding tahun 2023.',
      fileKinds: DOCS_OR_IMAGES,
      ...C7_EVIDENCE,
    },
    source: C1_C7,
    ...secondary,
    note:
      'Teks parameter [C1]: "Penambahan pendapatan sebesar 0,01% - 9,99%" | "... 10,00% - 19,99%" | "... ' +
      '≥20%".',
  },
  {
    code: 'e',
    measure: 'Jumlah produk yang dihasilkan atau diperjualbelikan',
    options: tierTexts(
      'Jumlah produk yang dihasilkan atau diperjualbelikan 1-100 barang',
      'Jumlah produk yang dihasilkan atau diperjualbelikan 101-200 barang',
      'Jumlah produk yang dihasilkan atau diperjualbelikan lebih dari 200 barang',
    ),
    bands: higherIsBetter('ITEMS', 10100, 20100, 100),
    evidence: {
      description: 'Perbandingan rekapitulasi jumlah produk yang dihasilkan atau diperjualbelikan.',
      fileKinds: DOCS_OR_IMAGES,
      ...C7_EVIDENCE,
    },
    source: C1_C7,
    ...secondary,
    note:
      'Teks parameter [C1]: "Jumlah produk dihasilkan/diperjualbelikan 1-100 barang" | "... 101-200 barang" | ' +
      '"... lebih dari 200 barang".',
  },
  {
    code: 'f',
    measure: 'Tren kinerja positif dalam periode pengukuran',
    explanation:
      'Digunakan terhadap pengukuran inovasi daerah berbasis kinerja pertumbuhan secara eksponensial dihitung ' +
      'berdasarkan basis waktu tertentu (bulan/triwulan/trimester/semester/tahun) sesuai dengan konteks ' +
      'masing-masing inovasi daerah. Contoh: 1. Nilai rata-rata siswa kelas 9 SMP N X mengalami peningkatan ' +
      'antar semester. 2. Perkembangan rata-rata tinggi badan anak usia 5-10 tahun di desa Y dari waktu ke ' +
      'waktu. Indikator ini hanya dibatasi pada konteks unit penerima manfaat dimana inovasi daerah tersebut ' +
      'dilaksanakan (tidak secara otomatis menggunakan data makro daerah).',
    options: tierTexts(
      'Dampak Inovasi telah menunjukkan tren kinerja positif dalam 1 (satu) periode waktu pengukuran',
      'Dampak Inovasi telah menunjukkan tren kinerja positif dalam 2 (dua) periode waktu pengukuran',
      'Dampak Inovasi telah menunjukkan tren kinerja positif dalam 3 (tiga) periode waktu pengukuran',
    ),
    bands: higherIsBetter('PERIODS', 200, 300, 100),
    evidence: {
      description:
        'Hasil Analisis/Kajian/Riset/Laporan/Dokumen yang dikeluarkan oleh instansi pelaksana inovasi atau ' +
        'lembaga terkait (pdf).',
      // [C7] names PDF for this basis; its indicator-wide JPG/JPEG/PNG serve basis a's online screenshots.
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    source: C1_C7,
    ...secondary,
    note:
      'Teks parameter [C1]: "Tren kinerja positif dalam 1 periode waktu pengukuran" | "... 2 periode ..." | ' +
      '"... 3 periode ...".',
  },
];
