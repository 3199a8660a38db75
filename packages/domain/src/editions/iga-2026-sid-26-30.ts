import { C7_EVIDENCE, IGA_2026_SID_PROVENANCE, c1Texts } from './iga-2026-sid-common.ts';
import { tierTexts } from './pack-helpers.ts';
import type { TSidIndicator } from './schema.ts';

const PROSES = 'Kecepatan Bisnis Proses';

/**
 * IGA 2026 SID indicators 26-30, reference §4.2. Option texts, explanation and evidence verbatim from [C7];
 * the shorter [C1] texts are kept in `note`.
 */
export const IGA_2026_SID_26_30: TSidIndicator[] = [
  {
    code: '26',
    number: 26,
    name: 'Pedoman teknis',
    variable: PROSES,
    explanation: 'Ketentuan dasar penggunaan inovasi daerah berupa buku petunjuk/manual book.',
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Telah terdapat Pedoman teknis berupa buku manual',
      'Telah terdapat Pedoman teknis berupa buku dalam bentuk elektronik',
      'Telah terdapat Pedoman teknis berupa buku yang dapat diakses secara online',
    ),
    evidence: {
      description:
        'Dokumen manual book/Buku petunjuk atau screenshot penggunaan inovasi daerah dan link publikasi pedoman ' +
        'teknis inovasi dimaksud.',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts(
      'Buku manual cetak',
      'Buku dalam bentuk elektronik',
      'Buku yang dapat diakses secara daring',
    ),
  },
  {
    code: '27',
    number: 27,
    name: 'Kemudahan informasi layanan',
    variable: PROSES,
    explanation:
      'Kemudahan mendapatkan informasi layanan, melalui metode sebagai berikut: 1. Manual, seperti: tatap ' +
      'muka/jemput bola/noken/unit pelayanan administrasi 2. Hotline, seperti: layanan email/telp 3. Media ' +
      'Sosial, seperti: instagram/facebook/whatsapp, dsb 4. Layanan Online melalui website/webaplikasi/aplikasi ' +
      'mobile (android atau ios)/Artificial Intelligence (seperti: chatbot) berbagai segmentasi pengguna.',
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Informasi layanan diperoleh melalui 1 dari 4 metode',
      'Informasi layanan diperoleh melalui 2 dari 4 metode',
      'Informasi layanan diperoleh melalui 3 atau lebih metode',
    ),
    evidence: {
      description: 'Screenshot pada masing-masing metode dan dilampirkan secara terpisah.',
      fileKinds: ['JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts('1 dari 4 metode', '2 dari 4 metode', '3 metode atau lebih'),
  },
  {
    code: '28',
    number: 28,
    name: 'Kemudahan proses inovasi yang dihasilkan',
    variable: PROSES,
    explanation:
      'Indikator ini ditujukan untuk mengukur kecepatan layanan inovasi yang diperoleh oleh pengguna.',
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Hasil inovasi diperoleh dalam waktu 6 hari atau lebih',
      'Hasil inovasi diperoleh dalam waktu 2-5 hari',
      'Hasil inovasi diperoleh dalam waktu 1 hari',
    ),
    evidence: {
      description:
        'SOP pelaksanaan inovasi daerah yang memuat tahapan pelaksanaan dan durasi waktu layanan (hari kalender) ' +
        'dan dokumen yang disahkan oleh pejabat atau pihak yang berwenang.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts('Hasil diperoleh 6 hari atau lebih', 'Hasil diperoleh 2-5 hari', 'Hasil diperoleh 1 hari'),
  },
  {
    code: '29',
    number: 29,
    name: 'Penyelesaian layanan pengaduan',
    variable: PROSES,
    explanation:
      'Rasio pengaduan yang tertangani dalam tahun terakhir, meliputi keluhan, kritik konstruktif, saran, dan ' +
      'pengaduan lainnya terkait layanan inovasi.',
    weightX100: 100,
    mandatory: false,
    options: tierTexts('≤ 50% atau Tidak ada pengaduan', '51% s.d. 90%', '≥ 91%'),
    evidence: {
      description:
        'Foto Kegiatan penyelesaian pengaduan/screenshot media layanan pengaduan yang disertai dengan ' +
        'rekapitulasi pengaduan dan persentase rasio penyelesaian pengaduan. Pilih rentang rasio penyelesaian ' +
        'pengaduan dalam 2 (dua) tahun terakhir.',
      fileKinds: ['JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note:
      `${c1Texts('≤ 50% atau tidak ada pengaduan', '51% s.d. 90%', '≥ 91%')} [C7] Keterangan menyebut ` +
      '"dalam tahun terakhir", Informasi "dalam 2 (dua) tahun terakhir".',
  },
  {
    code: '30',
    number: 30,
    name: 'Layanan terintegrasi',
    variable: 'Kecanggihan Produk',
    explanation:
      'Inovasi dibangun secara terpadu dengan mengedepankan prinsip integrasi dan interoperabilitas layanan. ' +
      'Prinsip integrasi bermaksud menggabungkan beberapa layanan terpisah kedalam satu platform atau dalam ' +
      'satu siklus berkelanjutan, sedangkan interoperabilitas bermakna menghubungkan data antar layanan.',
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Ada dukungan melalui informasi website/sosial media/web aplikasi/aplikasi mobile (android atau ios) ' +
        'yang berjalan secara terpisah. Layanan inovasi berjalan secara tersendiri (independen).',
      'Ada dukungan melalui informasi website, sosial media, web aplikasi atau aplikasi mobile (android atau ' +
        'ios) yang telah terintegrasi dalam satu portal pada unit organisasi bersangkutan. Layanan telah ' +
        'terintegrasi dengan layanan lain pada program atau kegiatan lain pada satu unit organisasi atau dalam ' +
        'satu urusan pemerintahan.',
      'Ada dukungan melalui web aplikasi atau aplikasi mobile (android atau ios) yang layanan sudah ' +
        'terintegrasi dengan unit organisasi lain. Layanan telah terintegrasi dengan layanan lain pada program ' +
        'atau kegiatan pada unit organisasi lain atau dalam lebih dari satu urusan pemerintahan.',
    ),
    evidence: {
      // The Informasi passage contains the Data Pendukung text and adds the examples verifiers rely on.
      description:
        'Pilih sub indikator yang sesuai dengan jenis inovasi (digital dan nondigital). a. Sub indikator ' +
        'digital: dibuktikan dengan screenshot dan/atau tautan web aplikasi/aplikasi mobile/superApps layanan ' +
        'inovasi pada bagian beranda/halaman depan dan bagian proses layanan atau layanan lainnya yang ' +
        'terintegrasi (jpg/jpeg/png). Contoh: Tergabung dalam superApps layanan publik. b. Sub indikator ' +
        'nondigital: dibuktikan dengan dokumen/foto kegiatan yang menggambarkan integrasi layanan. Contoh: ' +
        'Tergabung dalam mal pelayanan publik. Contoh: Peningkatan layanan melalui kegiatan jemput bola ' +
        '(sebelumnya pelayanan dilakukan secara terpusat dan belum bisa menjangkau keseluruhan wilayah/sasaran). ' +
        'Contoh: Inovasi dinas kesehatan menggunakan aplikasi milik kemenkes dalam salah satu tahapannya. ' +
        'Contoh: Lebih dari satu inovasi dari satu dinas yang sama dilaksanakan secara terintegrasi. Contoh: ' +
        'Inovasi penanganan stunting kerja sama antara dinas kesehatan, dinas pmd, dan dinas sosial. Ketiga ' +
        'perangkat daerah tersebut tergabung dalam satu koordinasi.',
      fileKinds: ['JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts(
      'Layanan berjalan terpisah atau independen',
      'Terintegrasi dalam satu portal unit organisasi',
      'Terintegrasi dengan unit organisasi lain',
    ),
  },
];
