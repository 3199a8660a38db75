import { C7_EVIDENCE, IGA_2026_SID_PROVENANCE, c1Texts } from './iga-2026-sid-common.ts';
import { tierTexts } from './pack-helpers.ts';
import type { TSidIndicator } from './schema.ts';

const OUTPUT = 'Output Pengetahuan dan Teknologi';

/**
 * IGA 2026 SID indicators 21-25, reference §4.2. Option texts, explanation and evidence verbatim from [C7];
 * indicator 25 takes tiers 2-3 from [C1] because [C7] lists only two options.
 */
export const IGA_2026_SID_21_25: TSidIndicator[] = [
  {
    code: '21',
    number: 21,
    name: 'Integrasi program dan kegiatan inovasi dalam RKPD',
    variable: 'Infrastruktur',
    explanation: 'Inovasi Perangkat Daerah telah dituangkan dalam program pembangunan daerah.',
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Pemerintah daerah sudah menuangkan program inovasi daerah dalam RKPD T-1 atau T-2',
      'Pemerintah daerah sudah menuangkan program inovasi daerah dalam RKPD T-1 dan T-2',
      'Pemerintah daerah sudah menuangkan program inovasi daerah dalam RKPD T-1, T-2 dan T0 (T0 adalah tahun ' +
        'berjalan)',
    ),
    evidence: {
      description:
        'Bab, Bagian, dan Halaman Dokumen RKPD yang memuat program dan kegiatan inovasi daerah. Wajib melakukan ' +
        'highlight/tanda pada bagian yang memuat program/kegiatan inovasi dimaksud. Keterangan tambahan: ' +
        'penyesuaian dokumen perencanaan sejenis untuk masing-masing instansi, antara lain: Sekolah dapat ' +
        'menggunakan Rencana Kegiatan dan Anggaran Sekolah (RKAS); Puskesmas dapat menggunakan Rencana Usulan ' +
        'Kegiatan (RUK)/Rencana Pelaksanaan Kegiatan (RPK); BLUD menggunakan Rencana Bisnis dan Anggaran (RBA); ' +
        'BUMD menggunakan Rencana Kerja dan Anggaran (RKA)/Rencana Bisnis Anggaran (RBA); Desa menggunakan ' +
        'Rencana Kerja Pemerintah Desa.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts('RKPD T-1 atau T-2', 'RKPD T-1 dan T-2', 'RKPD T-1, T-2, dan T-0'),
  },
  {
    code: '22',
    number: 22,
    name: 'Keterlibatan aktor inovasi',
    variable: OUTPUT,
    explanation: 'Keikutsertaan unsur stakeholder dalam pelaksanaan inovasi daerah (T-1 dan/atau T-2).',
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Inovasi melibatkan 3 Aktor (Termasuk pelaksana)',
      'Inovasi melibatkan 4 Aktor',
      'Inovasi melibatkan 5 Aktor atau lebih',
    ),
    evidence: {
      description:
        'SK, Dokumen Kerjasama, Dokumen Hibah, CSR, Publikasi Berita Media, Undangan/Foto kegiatan FGD/Rembug ' +
        'Warga/Musrenbang/Sarasehan/Noken/dll. Pilih jumlah unsur stakeholder yang terlibat dalam pelaksanaan ' +
        'inovasi daerah yang terdiri atas unsur-unsur seperti akademisi, bisnis, komunitas, pemerintah, dan ' +
        'media. Untuk Tahun dokumen/berkas saat ini dapat dikeluarkan di tahun T-0, T-1,T-2.',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note:
      `${c1Texts('3 aktor termasuk pelaksana', '4 aktor', '5 aktor atau lebih')} [C7] Keterangan menyebut ` +
      '"T-1 dan/atau T-2", Informasi menerima dokumen T-0, T-1, T-2.',
  },
  {
    code: '23',
    number: 23,
    name: 'Pelaksana inovasi daerah',
    variable: OUTPUT,
    explanation: 'Penetapan tim pelaksana inovasi daerah.',
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Ada pelaksana namun tidak ditetapkan dengan Surat Penugasan Kepala Perangkat Daerah atau SK Kepala Daerah',
      'Ada pelaksana dan ditetapkan dengan Surat Penugasan atau Surat Perintah Kepala Perangkat Daerah atau ' +
        'yang setara',
      'Ada pelaksana dan ditetapkan dengan SK/Surat Penugasan/Surat Perintah Kepala Daerah dan/atau SK Kepala ' +
        'Perangkat Daerah atas nama Kepala Daerah',
    ),
    evidence: {
      description:
        'SK/Surat Penugasan/Surat Perintah oleh Kepala Daerah atau Surat Penugasan/Surat Perintah dari Kepala ' +
        'Perangkat Daerah atau bukan Kepala Perangkat Daerah seperti Kepala Puskesmas, Kepala Sekolah dan ' +
        'sebagainya.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts(
      'Ada pelaksana tanpa surat penetapan',
      'Surat Penugasan Kepala Perangkat Daerah atau setara',
      'SK Kepala Daerah atau SK Kepala Perangkat Daerah a.n. Kepala Daerah',
    ),
  },
  {
    code: '24',
    number: 24,
    name: 'Jejaring inovasi',
    variable: OUTPUT,
    explanation: 'Jumlah Perangkat Daerah yang terlibat dalam penerapan inovasi (dalam 2 tahun terakhir).',
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Inovasi melibatkan 2 Perangkat Daerah',
      'Inovasi melibatkan 3-4 Perangkat Daerah',
      'Inovasi melibatkan 5 Perangkat Daerah atau lebih',
    ),
    evidence: {
      description:
        'Surat Keputusan/Surat Penugasan/Surat Perintah dari Kepala Daerah atau Surat Penugasan/Surat Perintah ' +
        'dari Kepala Perangkat Daerah.',
      fileKinds: ['PDF'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note: c1Texts('2 Perangkat Daerah', '3-4 Perangkat Daerah', '5 Perangkat Daerah atau lebih'),
  },
  {
    code: '25',
    number: 25,
    name: 'Sosialisasi inovasi daerah',
    variable: OUTPUT,
    explanation: 'Penyebarluasan informasi kebijakan inovasi daerah.',
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Foto kegiatan yang berlatar belakang spanduk kegiatan inovasi',
      'Konten media sosial atau pemberitaan milik pemda',
      'Media berita bukan milik pemerintah daerah',
    ),
    evidence: {
      description:
        'Dokumentasi dan publikasi (Foto kegiatan/seminar/display pameran inovasi atau screenshot konten pada ' +
        'media sosial/website atau pemberitaan media massa cetak/elektronik). Dokumen diperkenankan dikeluarkan ' +
        'pada T-0.',
      fileKinds: ['JPEG', 'PNG'],
      ...C7_EVIDENCE,
    },
    ...IGA_2026_SID_PROVENANCE,
    note:
      '[C7] hanya memuat 2 parameter: "Foto kegiatan yang berlatar belakang spanduk kegiatan inovasi" dan ' +
      '"Konten melalui Media Sosial atau pemberitaan yang Media Berita (Bukan milik pemerintah daerah)"; tingkat ' +
      '2 dan 3 diambil dari [C1] seperti reference §4.2. Tingkat 1 [C1]: "Foto kegiatan berlatar spanduk inovasi".',
  },
];
