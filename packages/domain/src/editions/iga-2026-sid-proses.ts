import { IGA_2026_KEMANFAATAN_BASES } from './iga-2026-kemanfaatan.ts';
import { tierTexts } from './pack-helpers.ts';
import type { TSidIndicator } from './schema.ts';

const PROSES = 'Kecepatan Bisnis Proses';
const PRODUK = 'Kecanggihan Produk';
const HASIL = 'Jumlah Inovasi dan Hasil Kreatif';
const C1_C7: TSidIndicator['source'] = ['C1', 'C7'];
const secondary = { confidence: 'SECONDARY' } as const;

/**
 * IGA 2026 SID indicators 26-35 (Kecepatan Bisnis Proses; Kecanggihan Produk; Jumlah Inovasi dan Hasil
 * Kreatif), reference §4.2/§4.3: SECONDARY [C1], evidence and file kinds [C7], video platform [C12].
 */
export const IGA_2026_SID_26_35: TSidIndicator[] = [
  {
    code: '26',
    number: 26,
    name: 'Pedoman teknis',
    variable: PROSES,
    weightX100: 100,
    mandatory: false,
    options: tierTexts('Buku manual cetak', 'Buku elektronik', 'Buku dapat diakses secara daring'),
    evidence: {
      description: 'PDF buku manual, atau tangkapan layar penggunaan beserta tautan publikasi.',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '27',
    number: 27,
    name: 'Kemudahan informasi layanan',
    variable: PROSES,
    weightX100: 100,
    mandatory: false,
    options: tierTexts('Melalui 1 dari 4 metode', 'Melalui 2 dari 4 metode', 'Melalui 3 metode atau lebih'),
    evidence: {
      description:
        'Metode: (1) manual - tatap muka/jemput bola/noken/unit layanan; (2) hotline - surel/telepon; (3) media ' +
        'sosial; (4) layanan daring - situs web/aplikasi web/aplikasi seluler/chatbot AI. Satu tangkapan layar per ' +
        'metode, berkas terpisah.',
      fileKinds: ['JPEG', 'PNG'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '28',
    number: 28,
    name: 'Kemudahan proses inovasi yang dihasilkan',
    variable: PROSES,
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Hasil diperoleh dalam 6 hari atau lebih',
      'Hasil diperoleh dalam 2-5 hari',
      'Hasil diperoleh dalam 1 hari',
    ),
    evidence: {
      description:
        'SOP yang memuat tahapan dan lama layanan (hari kalender), ditandatangani pejabat berwenang.',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '29',
    number: 29,
    name: 'Penyelesaian layanan pengaduan',
    variable: PROSES,
    weightX100: 100,
    mandatory: false,
    options: tierTexts('Paling banyak 50 % atau tidak ada pengaduan', '51 % s.d. 90 %', '91 % atau lebih'),
    evidence: {
      description:
        'Rasio pengaduan yang diselesaikan terhadap seluruh pengaduan 2 tahun terakhir; foto/tangkapan layar ' +
        'kanal pengaduan, rekap, dan rasio.',
      fileKinds: ['JPEG', 'PNG'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '30',
    number: 30,
    name: 'Layanan terintegrasi',
    variable: PRODUK,
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Berjalan terpisah/mandiri (situs web, media sosial, aplikasi berjalan sendiri-sendiri)',
      'Terintegrasi dalam satu portal pada unit organisasi yang sama / dalam satu urusan',
      'Terintegrasi dengan unit organisasi lain / lebih dari satu urusan',
    ),
    evidence: {
      description:
        'Pilih sub-indikator digital atau non digital. Digital: tangkapan layar/tautan beranda dan proses layanan ' +
        'web/aplikasi seluler/super-app. Non digital: dokumen/foto yang menunjukkan integrasi (mis. di Mal ' +
        'Pelayanan Publik, jemput bola menjangkau semua sasaran, program lintas instansi).',
      fileKinds: ['JPEG', 'PNG'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '31',
    number: 31,
    name: 'Replikasi',
    variable: PRODUK,
    weightX100: 300,
    mandatory: false,
    options: tierTexts(
      'Direplikasi 1 kali oleh daerah lain',
      'Direplikasi 2 kali di daerah berbeda',
      'Direplikasi 3 kali di daerah berbeda',
    ),
    evidence: {
      description:
        'PKS/MoU/dokumen replikasi/surat-menyurat atau surat pernyataan dari Pemda yang mereplikasi.',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '32',
    number: 32,
    name: 'Kecepatan penciptaan inovasi',
    variable: PROSES,
    weightX100: 200,
    mandatory: true,
    options: tierTexts(
      'Tercipta dalam 9 bulan atau lebih',
      'Tercipta dalam 5-8 bulan',
      'Tercipta dalam 1-4 bulan',
    ),
    evidence: {
      description: 'Dokumen/laporan/proposal yang menunjukkan tahapan penciptaan dan/atau pengembangan.',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '33',
    number: 33,
    name: 'Kemanfaatan inovasi',
    variable: HASIL,
    weightX100: 300,
    mandatory: true,
    options: tierTexts(
      'Tingkat 1 pada basis ukur yang dipilih (a-f)',
      'Tingkat 2 pada basis ukur yang dipilih (a-f)',
      'Tingkat 3 pada basis ukur yang dipilih (a-f)',
    ),
    evidence: { description: 'Sesuai basis ukur yang dipilih (a-f).', fileKinds: ['PDF', 'JPEG', 'PNG'] },
    bases: IGA_2026_KEMANFAATAN_BASES,
    source: C1_C7,
    ...secondary,
  },
  {
    code: '34',
    number: 34,
    name: 'Monitoring dan evaluasi inovasi daerah',
    variable: HASIL,
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Laporan monev internal Pemda',
      'Laporan Survei Kepuasan Masyarakat (SKM)',
      'Monev eksternal berdasarkan penelitian/kajian/analisis',
    ),
    evidence: {
      description:
        'Laporan monev internal atau tangkapan layar testimoni pengguna; laporan SKM; laporan penelitian.',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '35',
    number: 35,
    name: 'Video inovasi daerah',
    variable: HASIL,
    weightX100: 400,
    mandatory: true,
    options: tierTexts(
      'Memenuhi 1-2 unsur substansi',
      'Memenuhi 3-4 unsur substansi',
      'Memenuhi seluruh 5 unsur',
    ),
    evidence: {
      description:
        'Video inovasi yang sedang berjalan, paling lama 5 menit, unggah MP4 atau tautan Google Drive/YouTube; ' +
        'memuat 5 unsur: (1) latar belakang, (2) penjaringan ide, (3) pemilihan ide, (4) manfaat, (5) dampak; ' +
        'dengan thumbnail sampul berlogo Kemendagri (JPG/PNG). Video media sosial (TikTok, Instagram) boleh dipakai.',
      fileKinds: ['MP4', 'JPEG', 'PNG'],
      allowsLink: true,
    },
    source: ['C1', 'C7', 'C12'],
    ...secondary,
    note: 'Sebelumnya bernama "Kualitas inovasi daerah".',
  },
];
