import { C7_EVIDENCE, IGA_2026_SID_PROVENANCE, c1Texts } from './iga-2026-sid-common.ts';
import { tierTexts } from './pack-helpers.ts';
import type { TSidIndicator } from './schema.ts';

const INFRA = 'Infrastruktur';

/**
 * IGA 2026 SID indicators 16-20, reference §4.2. Option texts, explanation and evidence verbatim from the
 * technical guide transcription [C7]; the shorter [C1] texts are kept in `note`.
 */
export const IGA_2026_SID_16_20: TSidIndicator[] = [
  {
    code: '16',
    number: 16,
    name: 'Regulasi Inovasi Daerah',
    variable: INFRA,
    explanation:
      'Regulasi yang menetapkan nama-nama inovasi daerah yang menjadi landasan operasional penerapan Inovasi ' +
      'Daerah.',
    weightX100: 300,
    mandatory: true,
    options: tierTexts(
      'SK Kepala Daerah atau Keputusan yang ditandatangani oleh Kepala Perangkat Daerah atas nama Kepala Daerah',
      'Peraturan Kepala Daerah',
      'Peraturan Daerah',
    ),
    evidence: {
      description:
        'Halaman depan Perda atau Perkada atau SK Kepala Daerah serta halaman yang memuat nama inovasi yang sah ' +
        'dan valid serta sesuai pada tahun penerapan. Catatan: a. Perkada/SK Kepala Daerah/SK Kepala Perangkat ' +
        'Daerah atas nama Kepala Daerah harus memuat nama inovasi (bisa dalam lampiran). b. Perda yang menjadi ' +
        'landasan inovasi daerah tidak perlu melampirkan nama inovasi daerah namun disertai dengan dokumen ' +
        'Perkada/SK Kepala Daerah/SK Kepala Perangkat Daerah atas nama Kepala Daerah yang memuat daftar inovasi ' +
        'dan juncto (berkenaan/berhubungan) dengan perda tersebut. c. Perda dan Perkada masih berlaku dan diatur ' +
        'sebelum tahun 2026. d. SK Kepala Daerah/SK Kepala Perangkat Daerah atas nama Kepala Daerah ditetapkan ' +
        'sesuai dengan tahun penerapan inovasi. e. Pengaturan teknis terkait bentuk dokumen regulasi yang ' +
        'ditetapkan dapat merujuk pada Permendagri No. 1 Tahun 2023 tentang Tata Naskah di Lingkungan ' +
        'Pemerintah daerah.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts(
      'SK Kepala Daerah atau SK Kepala Perangkat Daerah a.n. Kepala Daerah',
      'Peraturan Kepala Daerah',
      'Peraturan Daerah',
    ),
  },
  {
    code: '17',
    number: 17,
    name: 'Ketersediaan dan peran SDM terhadap inovasi daerah',
    variable: INFRA,
    explanation:
      'Jumlah SDM yang mengelola suatu inovasi daerah (dalam dua tahun terakhir) dan peran masing-masing dalam ' +
      'inovasi.',
    weightX100: 200,
    mandatory: true,
    options: tierTexts('1-10 SDM', '11-30 SDM', 'Lebih dari 30'),
    evidence: {
      description:
        'SK yang ditetapkan oleh Kepala Daerah atau Surat Penugasan/Surat Perintah yang telah ' +
        'disahkan/ditandatangani baik elektronik maupun ttd basah. Apabila dokumen T-2 dan T-1 belum memuat peran ' +
        'masing-masing SDM, maka dapat melampirkan tambahan Surat Keputusan atau Surat Penugasan yang ' +
        'mencantumkan peran masing-masing SDM dan dikeluarkan pada tahun T-0.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note:
      `${c1Texts('1-10 SDM', '11-30 SDM', 'Lebih dari 30 SDM')} [C7] Keterangan menyebut "dalam dua tahun ` +
      'terakhir", Informasi meminta dokumen T-2, T-1, T-0.',
  },
  {
    code: '18',
    number: 18,
    name: 'Dukungan anggaran',
    variable: INFRA,
    explanation:
      'Anggaran inovasi daerah dalam APBD dengan tahapan penerapan (penyediaan sarana prasarana, sumber daya ' +
      'manusia dan layanan, bimtek, urusan jenis layanan). Penerapan inovasi yang dilakukan sudah menjadi bagian ' +
      'dari kegiatan yang mendapatkan alokasi anggaran.',
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Anggaran dialokasikan pada kegiatan penerapan inovasi pada salah satu tahun anggaran (T-2/T-1/T-0)',
      'Anggaran dialokasikan pada kegiatan penerapan inovasi pada dua tahun berturut-turut (T-1 dan T-0 atau ' +
        'T-1 dan T-2)',
      'Anggaran dialokasikan pada kegiatan penerapan inovasi di T-0, T-1 dan T-2',
    ),
    evidence: {
      description:
        'Bab, bagian, dan halaman dokumen anggaran yang memuat program dan kegiatan inovasi daerah sesuai dengan ' +
        'tahun anggaran. Wajib melakukan highlight/tanda pada mata item belanja yang digunakan untuk mendukung ' +
        'pelaksanaan inovasi. Keterangan tambahan: Sektor pendidikan (sekolah) dapat menggunakan anggaran yang ' +
        'berasal dari Bantuan Operasional Satuan Pendidikan (BOSP); Sektor kesehatan (puskesmas, rumah sakit, ' +
        'klinik) dapat menggunakan anggaran yang bersumber dari Bantuan Operasional Kesehatan (BOK)/Jaminan ' +
        'Kesehatan Nasional (JKN).',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts('Satu tahun anggaran', 'Dua tahun berturut-turut', 'T-0, T-1, dan T-2'),
  },
  {
    code: '19',
    number: 19,
    name: 'Alat kerja',
    variable: 'Kecanggihan Produk',
    explanation:
      'Alat kerja yang digunakan dalam pelaksanaan inovasi yang mudah diakses oleh pengguna misalnya ' +
      'pemanfaatan platform digital untuk media sosialisasi, pemberian layanan inovasi, dan perolehan ' +
      'data/informasi dan lain-lain. Contoh manual/non elektronik: tatap muka/jemput bola/noken. Contoh ' +
      'perangkat elektronik: mesin edc, telp. Sistem informasi online/daring: pemanfaatan platform media ' +
      'sosial, AI, IoT, superApp, dll.',
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Pelaksanaan kerja secara manual/non elektronik',
      'Pelaksanaan kerja didukung dengan perangkat elektronik',
      'Pelaksanaan kerja sudah didukung sistem informasi online/daring/Artificial Intelligence',
    ),
    evidence: {
      description: 'Foto Kegiatan/Gambar Screenshot layar.',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts(
      'Manual atau non elektronik',
      'Didukung perangkat elektronik',
      'Didukung sistem informasi daring atau AI',
    ),
  },
  {
    code: '20',
    number: 20,
    name: 'Bimtek inovasi',
    variable: INFRA,
    explanation:
      'Peningkatan kapasitas dan kompetensi pelaksana inovasi daerah baik sebagai penyedia atau penerima bimtek.',
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Dalam 3 tahun (T-2,T-1,T-0) terakhir pernah 1 kali bimtek (bimtek/training/TOT)',
      'Dalam 3 tahun (T-2,T-1,T-0) terakhir pernah 2 kali bimtek (bimtek/training/TOT)',
      'Dalam 3 tahun (T-2,T-1,T-0) terakhir pernah 3 kali atau lebih bimtek (bimtek/training/TOT)',
    ),
    evidence: {
      description:
        'SK Kegiatan/Surat Tugas/Undangan yang disertai dengan Daftar Hadir dan Sertifikat pada kegiatan bimtek ' +
        'atau kegiatan transfer pengetahuan. Sertakan bukti dukung sejumlah frekuensi pelaksanaan bimtek ' +
        '(Sertifikat minimal satu).',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts('1 kali dalam 3 tahun', '2 kali dalam 3 tahun', '3 kali atau lebih'),
  },
];
