import type { TDocumentKind } from './document-kinds.ts';

/** A title that identifies a kind of document: any of `phrases` (folded words), optionally with `alsoAny`. */
export interface KindPattern {
  readonly kind: TDocumentKind;
  readonly phrases: readonly (readonly string[])[];
  /** One of these words must also stand in the title lines (e.g. REPLIKASI for a statement letter). */
  readonly alsoAny?: readonly string[];
}

const w = (...phrases: string[]) => phrases.map((p) => p.split(' '));
const HEADS = ['BUPATI', 'WALIKOTA', 'WALI KOTA', 'GUBERNUR'];

/**
 * Title patterns, most specific first: the first pattern found on the earliest title line decides the kind.
 * Written from the naming of Permendagri 1/2023 (tata naskah dinas) and the document names of the guide [C7].
 */
export const KIND_PATTERNS: readonly KindPattern[] = [
  {
    kind: 'PERATURAN_DAERAH',
    phrases: w('PERATURAN DAERAH KABUPATEN', 'PERATURAN DAERAH KOTA', 'PERATURAN DAERAH PROVINSI'),
  },
  { kind: 'PERATURAN_KEPALA_DAERAH', phrases: w(...HEADS.map((h) => `PERATURAN ${h}`)) },
  {
    kind: 'KEPUTUSAN',
    phrases: w(
      ...HEADS.map((h) => `KEPUTUSAN ${h}`),
      'KEPUTUSAN KEPALA',
      'SURAT KEPUTUSAN',
      'KEPUTUSAN CAMAT',
      'KEPUTUSAN DIREKTUR',
      'KEPUTUSAN SEKRETARIS DAERAH',
    ),
  },
  {
    kind: 'SURAT_TUGAS',
    phrases: w('SURAT TUGAS', 'SURAT PERINTAH', 'SURAT PENUGASAN', 'SURAT PERINTAH TUGAS'),
  },
  {
    kind: 'DOKUMEN_ANGGARAN',
    phrases: w(
      'DOKUMEN PELAKSANAAN ANGGARAN',
      'DPA SKPD',
      'DPA PERANGKAT DAERAH',
      'RENCANA KERJA DAN ANGGARAN',
      'ANGGARAN PENDAPATAN DAN BELANJA',
      'PENJABARAN APBD',
      'BANTUAN OPERASIONAL KESEHATAN',
      'BANTUAN OPERASIONAL SATUAN PENDIDIKAN',
    ),
  },
  {
    kind: 'RKPD',
    phrases: w(
      'RENCANA KERJA PEMERINTAH DAERAH',
      'RKPD',
      'RENCANA KEGIATAN DAN ANGGARAN SEKOLAH',
      'RENCANA USULAN KEGIATAN',
      'RENCANA PELAKSANAAN KEGIATAN',
      'RENCANA BISNIS DAN ANGGARAN',
      'RENCANA KERJA PEMERINTAH DESA',
    ),
  },
  { kind: 'DAFTAR_HADIR', phrases: w('DAFTAR HADIR', 'PRESENSI PESERTA') },
  { kind: 'SERTIFIKAT', phrases: w('SERTIFIKAT', 'PIAGAM PENGHARGAAN') },
  {
    kind: 'SOP',
    phrases: w('STANDAR OPERASIONAL PROSEDUR', 'STANDAR OPERASIONAL PELAYANAN', 'STANDAR PELAYANAN'),
  },
  {
    kind: 'PERJANJIAN_KERJA_SAMA',
    phrases: w(
      'PERJANJIAN KERJA SAMA',
      'PERJANJIAN KERJASAMA',
      'NOTA KESEPAHAMAN',
      'MEMORANDUM OF UNDERSTANDING',
    ),
  },
  {
    kind: 'SURAT_PERNYATAAN_REPLIKASI',
    phrases: w('SURAT PERNYATAAN', 'SURAT KETERANGAN'),
    alsoAny: ['REPLIKASI', 'MEREPLIKASI'],
  },
  {
    kind: 'LAPORAN_SKM',
    phrases: w('SURVEI KEPUASAN MASYARAKAT', 'SURVEY KEPUASAN MASYARAKAT', 'INDEKS KEPUASAN MASYARAKAT'),
  },
  {
    kind: 'LAPORAN_PENELITIAN',
    phrases: w(
      'LAPORAN PENELITIAN',
      'LAPORAN HASIL PENELITIAN',
      'LAPORAN KAJIAN',
      'LAPORAN AKHIR KAJIAN',
      'LAPORAN AKHIR PENELITIAN',
      'HASIL KAJIAN',
    ),
  },
  {
    kind: 'LAPORAN_MONEV',
    phrases: w('LAPORAN MONITORING', 'LAPORAN MONEV', 'LAPORAN EVALUASI', 'LAPORAN HASIL MONITORING'),
  },
  {
    kind: 'DAFTAR_PENERIMA_MANFAAT',
    phrases: w(
      'DAFTAR PENERIMA MANFAAT',
      'REKAPITULASI PENERIMA MANFAAT',
      'REKAP PENERIMA MANFAAT',
      'DATA PENERIMA MANFAAT',
    ),
  },
  { kind: 'UNDANGAN', phrases: w('UNDANGAN') },
  { kind: 'PROPOSAL', phrases: w('PROPOSAL') },
  { kind: 'LAPORAN', phrases: w('LAPORAN') },
];

/** Words that mark a party outside the Pemda (the issuer of an external study). */
export const EXTERNAL_MARKERS = w(
  'UNIVERSITAS',
  'INSTITUT',
  'POLITEKNIK',
  'SEKOLAH TINGGI',
  'LEMBAGA PENELITIAN',
);

/** Titles of regional heads, for the issuer and the signature. */
export const HEAD_TITLES = w(...HEADS);

/** "atas nama" forms that precede the regional head's title in a signature block. */
export const ON_BEHALF = w('A N', 'AN', 'ATAS NAMA');

/** Titles of heads of a Perangkat Daerah or an equivalent unit. */
export const UNIT_HEAD_TITLES = w(
  'KEPALA DINAS',
  'KEPALA BADAN',
  'KEPALA PUSKESMAS',
  'KEPALA UPTD',
  'KEPALA SEKOLAH',
  'KEPALA BAGIAN',
  'KEPALA KANTOR',
  'KEPALA SATUAN',
  'CAMAT',
  'DIREKTUR',
  'SEKRETARIS DAERAH',
  'INSPEKTUR',
);
