import { tierTexts } from './pack-helpers.ts';
import type { TSidIndicator } from './schema.ts';

const INFRA = 'Infrastruktur';
const OUTPUT = 'Output Pengetahuan dan Teknologi';
const C1_C7: TSidIndicator['source'] = ['C1', 'C7'];
const secondary = { confidence: 'SECONDARY' } as const;

/**
 * IGA 2026 SID indicators 16-25 (Infrastruktur; Output Pengetahuan dan Teknologi; Alat kerja), reference §4.2:
 * names, weights, mandatory flags and parameters SECONDARY [C1], evidence and file kinds [C7].
 */
export const IGA_2026_SID_16_25: TSidIndicator[] = [
  {
    code: '16',
    number: 16,
    name: 'Regulasi Inovasi Daerah',
    variable: INFRA,
    weightX100: 300,
    mandatory: true,
    options: tierTexts(
      'SK Kepala Daerah atau Keputusan yang ditandatangani Kepala Perangkat Daerah a.n. Kepala Daerah',
      'Peraturan Kepala Daerah',
      'Peraturan Daerah',
    ),
    evidence: {
      description:
        'Halaman depan Perda/Perkada/SK dan halaman yang memuat nama inovasi, masih berlaku dan sesuai tahun ' +
        'penerapan. Perkada/SK (termasuk SK Kepala Perangkat Daerah a.n. Kepala Daerah) wajib memuat nama inovasi ' +
        '(boleh dalam lampiran); Perda disertai Perkada/SK yang memuat nama inovasi. Perda/Perkada ditetapkan ' +
        'sebelum 2026; SK terbit pada tahun penerapan inovasi; format sesuai Permendagri 1/2023.',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '17',
    number: 17,
    name: 'Ketersediaan dan peran SDM terhadap inovasi daerah',
    variable: INFRA,
    weightX100: 200,
    mandatory: true,
    options: tierTexts('1-10 SDM', '11-30 SDM', 'Lebih dari 30 SDM'),
    evidence: {
      description:
        'SK Kepala Daerah atau Surat Penugasan/Surat Perintah (tanda tangan basah atau elektronik) untuk T-2, T-1, ' +
        'dan T-0 yang memuat peran setiap orang; bila dokumen T-2/T-1 tidak memuat peran, tambahkan SK/ST T-0 ' +
        'yang memuat peran.',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '18',
    number: 18,
    name: 'Dukungan anggaran',
    variable: INFRA,
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Dialokasikan pada satu tahun anggaran (T-2, T-1, atau T-0)',
      'Dialokasikan pada dua tahun anggaran berturut-turut (T-1 dan T-0, atau T-1 dan T-2)',
      'Dialokasikan pada T-0, T-1, dan T-2',
    ),
    evidence: {
      description:
        'Bab/bagian/halaman dokumen anggaran (APBD/DPA) yang memuat program/kegiatan inovasi pada tahun tersebut, ' +
        'dengan rincian belanja pendukung diberi stabilo. Sekolah dapat memakai BOSP, fasilitas kesehatan BOK/JKN.',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '19',
    number: 19,
    name: 'Alat kerja',
    variable: 'Kecanggihan Produk',
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Manual/non elektronik (tatap muka, jemput bola, noken)',
      'Didukung perangkat elektronik (EDC, telepon)',
      'Didukung sistem informasi daring/AI (platform media sosial, AI, IoT, super-app)',
    ),
    evidence: { description: 'Foto kegiatan atau tangkapan layar.', fileKinds: ['PDF', 'JPEG', 'PNG'] },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '20',
    number: 20,
    name: 'Bimtek inovasi',
    variable: INFRA,
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      '1 kali dalam 3 tahun terakhir (T-2 s.d. T-0)',
      '2 kali dalam 3 tahun terakhir',
      '3 kali atau lebih (bimtek/pelatihan/TOT)',
    ),
    evidence: {
      description:
        'SK kegiatan/surat tugas/undangan, daftar hadir, dan sertifikat untuk setiap kegiatan (minimal satu ' +
        'sertifikat), sebagai penyelenggara atau peserta; kegiatan transfer pengetahuan tentang substansi inovasi.',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '21',
    number: 21,
    name: 'Integrasi program dan kegiatan inovasi dalam RKPD',
    variable: INFRA,
    weightX100: 200,
    mandatory: false,
    options: tierTexts('RKPD T-1 atau T-2', 'RKPD T-1 dan T-2', 'RKPD T-1, T-2, dan T-0 (tahun berjalan)'),
    evidence: {
      description:
        'Bab/bagian/halaman RKPD yang memuat program/kegiatan inovasi, diberi stabilo. Padanan: RKAS (sekolah), ' +
        'RUK/RPK (puskesmas), RBA (BLUD), RKA/RBA (BUMD), RKP Desa (desa).',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '22',
    number: 22,
    name: 'Keterlibatan aktor inovasi',
    variable: OUTPUT,
    weightX100: 100,
    mandatory: false,
    options: tierTexts('3 aktor (termasuk pelaksana)', '4 aktor', '5 aktor atau lebih'),
    evidence: {
      description:
        'Aktor: akademisi, bisnis, komunitas, pemerintah, media (T-0 s.d. T-2). SK, perjanjian kerja sama, hibah, ' +
        'CSR, publikasi media; aktor komunitas melalui FGD/rembug warga/musrenbang/sarasehan/noken (undangan/foto).',
      fileKinds: ['PDF', 'JPEG', 'PNG'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '23',
    number: 23,
    name: 'Pelaksana inovasi daerah',
    variable: OUTPUT,
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Ada pelaksana tetapi tidak ditetapkan secara formal',
      'Ditetapkan dengan Surat Penugasan/Perintah Kepala Perangkat Daerah atau yang setara (kepala puskesmas, ' +
        'kepala sekolah, dan sebagainya)',
      'Ditetapkan dengan SK/ST Kepala Daerah dan/atau SK Kepala Perangkat Daerah a.n. Kepala Daerah',
    ),
    evidence: { description: 'Surat penugasan atau penetapan pelaksana.', fileKinds: ['PDF'] },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '24',
    number: 24,
    name: 'Jejaring inovasi',
    variable: OUTPUT,
    weightX100: 100,
    mandatory: false,
    options: tierTexts('2 Perangkat Daerah', '3-4 Perangkat Daerah', '5 Perangkat Daerah atau lebih'),
    evidence: {
      description:
        'SK/ST/SP Kepala Daerah atau Kepala Perangkat Daerah yang menyebut Perangkat Daerah yang terlibat ' +
        '(2 tahun terakhir).',
      fileKinds: ['PDF'],
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: '25',
    number: 25,
    name: 'Sosialisasi inovasi daerah',
    variable: OUTPUT,
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Foto kegiatan dengan latar spanduk/banner inovasi',
      'Konten media sosial atau berita di media milik Pemda',
      'Berita di media yang bukan milik Pemda',
    ),
    evidence: {
      description:
        'Dokumentasi/publikasi (foto seminar/pameran, tangkapan layar media sosial/situs web, artikel media ' +
        'massa); dokumen T-0 diperbolehkan.',
      fileKinds: ['JPEG', 'PNG'],
    },
    source: C1_C7,
    ...secondary,
    note: '[C7] hanya memuat 2 parameter (parameter tengah tidak ada); dipakai 3 parameter dari [C1].',
  },
];
