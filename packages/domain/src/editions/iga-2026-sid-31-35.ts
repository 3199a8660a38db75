import { IGA_2026_KEMANFAATAN_BASES } from './iga-2026-kemanfaatan.ts';
import { C7_EVIDENCE, IGA_2026_SID_PROVENANCE, c1Texts } from './iga-2026-sid-common.ts';
import { tierTexts } from './pack-helpers.ts';
import type { TSidIndicator } from './schema.ts';

const HASIL = 'Jumlah Inovasi dan Hasil Kreatif';

/**
 * IGA 2026 SID indicators 31-35, reference §4.2/§4.3. Option texts, explanation and evidence verbatim from
 * [C7]; the shorter [C1] texts are kept in `note`; indicator 33 carries its six bases a..f.
 */
export const IGA_2026_SID_31_35: TSidIndicator[] = [
  {
    code: '31',
    number: 31,
    name: 'Replikasi',
    variable: 'Kecanggihan Produk',
    explanation: 'Inovasi Daerah telah direplikasi oleh daerah lain.',
    weightX100: 300,
    mandatory: false,
    options: tierTexts(
      'Pernah 1 Kali direplikasi di daerah lain',
      'Pernah 2 Kali direplikasi di daerah lain yang berbeda',
      'Pernah 3 Kali direplikasi di daerah lain yang berbeda',
    ),
    evidence: {
      description:
        'Dokumen Perjanjian kerjasama (PKS)/MoU/dokumen replikasi/surat korespondensi atau surat pernyataan ' +
        'telah mereplikasi.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts(
      'Pernah 1 kali direplikasi',
      'Pernah 2 kali di daerah berbeda',
      'Pernah 3 kali di daerah berbeda',
    ),
  },
  {
    code: '32',
    number: 32,
    name: 'Kecepatan penciptaan inovasi',
    variable: 'Kecepatan Bisnis Proses',
    explanation: 'Satuan waktu yang digunakan untuk menciptakan inovasi daerah yang kompleks.',
    weightX100: 200,
    mandatory: true,
    options: tierTexts(
      'Inovasi dapat diciptakan dalam waktu 9 bulan atau lebih',
      'Inovasi dapat diciptakan dalam waktu 5-8 bulan',
      'Inovasi dapat diciptakan dalam waktu 1-4 bulan',
    ),
    evidence: {
      description:
        'Dokumen/laporan/proposal inovasi daerah yang memuat tahapan proses penciptaan inovasi daerah dan/atau ' +
        'tahapan pengembangan inovasi daerah.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts('9 bulan atau lebih', '5-8 bulan', '1-4 bulan'),
  },
  {
    code: '33',
    number: 33,
    name: 'Kemanfaatan inovasi',
    variable: HASIL,
    // [C7]'s Keterangan only repeats the name; its Informasi opening sentence says what to choose.
    explanation:
      'Pilih satuan ukur dan rentang sesuai dengan satuan yang ukur yang telah dipilih manfaat inovasi daerah.',
    weightX100: 300,
    mandatory: true,
    options: tierTexts(
      'Tingkat 1 pada basis ukur yang dipilih (a-f)',
      'Tingkat 2 pada basis ukur yang dipilih (a-f)',
      'Tingkat 3 pada basis ukur yang dipilih (a-f)',
    ),
    evidence: {
      description:
        'a. Daftar penerima manfaat inovasi (untuk layanan luring) dalam format pdf atau screenshoot jumlah ' +
        'pengguna/penerima manfaat inovasi daerah (untuk layanan daring) dalam format jpg/jpeg/png. b. ' +
        'Perbandingan rekapitulasi jumlah unit sebelum dan sesudah yang menerima manfaat inovasi. c. Laporan ' +
        'belanja yang memuat perbandingan biaya pengeluaran yang dibebankan sebelum dan sesudah penerapan ' +
        'inovasi. d. Laporan Keuangan yang memuat pendapatan sebelum dan sesudah penerapan inovasi (laporan ' +
        'pembukuan, laporan kas, neraca, saldo, dsb). e. Perbandingan rekapitulasi jumlah produk yang ' +
        'dihasilkan atau diperjualbelikan. f. Hasil Analisis/Kajian/Riset/Laporan/Dokumen yang dikeluarkan oleh ' +
        'instansi pelaksana inovasi atau lembaga terkait (pdf).',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    bases: IGA_2026_KEMANFAATAN_BASES,
    ...IGA_2026_SID_PROVENANCE,
    note:
      'Teks tingkat indikator 33 adalah label paket, bukan teks sumber; teks resmi ada pada tiap basis a-f. ' +
      c1Texts(
        'Penerima manfaat 1-200 orang',
        'Penerima manfaat 201-500 orang',
        'Penerima manfaat 501 orang atau lebih',
      ) +
      ' (basis a).',
  },
  {
    code: '34',
    number: 34,
    name: 'Monitoring dan evaluasi inovasi daerah',
    variable: HASIL,
    explanation: 'Instrumen yang digunakan untuk mengukur keberhasilan penerapan inovasi daerah.',
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Hasil laporan monev internal pemerintah daerah',
      'Laporan hasil pengukuran kepuasaan pengguna dari evaluasi Survei Kepuasan Masyarakat',
      'Hasil laporan monev eksternal berdasarkan hasil penelitian/kajian/analisis',
    ),
    evidence: {
      description:
        'Laporan kegiatan monev internal pemerintah daerah atau screenshot testimoni pengguna (jpeg/jpg/png) atau ' +
        'laporan survei kepuasan masyarakat/laporan hasil penelitian (pdf).',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: `${c1Texts(
      'Laporan monev internal pemda',
      'Laporan Survei Kepuasan Masyarakat',
      'Monev eksternal berbasis penelitian atau kajian',
    )} Ejaan "kepuasaan" pada tingkat 2 sesuai [C7].`,
  },
  {
    code: '35',
    number: 35,
    name: 'Video inovasi daerah',
    variable: HASIL,
    explanation: 'Video inovasi daerah dapat dibuktikan dengan video penerapan inovasi daerah.',
    weightX100: 400,
    mandatory: true,
    options: tierTexts(
      'Memenuhi 1 atau 2 unsur substansi',
      'Memenuhi 3 atau 4 unsur substansi',
      'Memenuhi 5 unsur substansi',
    ),
    evidence: {
      // The Informasi passage contains the Data Pendukung text and adds the file formats and social-media reuse.
      description:
        'Mengunggah video penerapan inovasi dengan durasi maksimal 5 menit (mp4) atau tautan google ' +
        'drive/youtube, dengan ketentuan video memvisualisasikan 5 substansi: 1. Latar belakang inovasi; 2. ' +
        'Penjaringan ide; 3. Pemilihan ide; 4. Manfaat inovasi; dan 5. Dampak inovasi. Video inovasi dilengkapi ' +
        'dengan cover thumbnail dan ada logo kemendagri dengan format jpg/jpeg/png dan pemerintah daerah dapat ' +
        'memanfaatkan hasil video dari unggahan media sosial (tiktok, instagram, dll).',
      fileKinds: ['MP4', 'JPEG', 'PNG'],
      allowsLink: true,
      ...C7_EVIDENCE,
    },
    source: ['C1', 'C7', 'C12'],
    confidence: 'SECONDARY',
    note:
      'Sebelumnya bernama "Kualitas inovasi daerah". ' +
      c1Texts('Memenuhi 1-2 unsur substansi', 'Memenuhi 3-4 unsur substansi', 'Memenuhi 5 unsur substansi') +
      ' Catatan pengajuan IGA 2026 sebuah sekolah di Kab. Kediri [C12]: video diunggah ke Tuxedovation.',
  },
];
