// The columns of each import kind: one list drives the template (header, example, drop-down lists, the
// instructions sheet), the header matching when a file is read, and the column names in the report.
import type { ImportKind } from '@inovda/db';

/** Where a column's drop-down list comes from (the template's hidden "Daftar" sheet). */
export type ListSource =
  | 'unitKinds'
  | 'roles'
  | 'locales'
  | 'units'
  | 'periods'
  | 'urusan'
  | 'tahapan'
  | 'inisiator'
  | 'jenis'
  | 'bentuk'
  | 'klasifikasi';

export interface ColumnSpec {
  /** Stable key: report column, and also accepted as a header. */
  key: string;
  /** Indonesian header; the English hint follows in brackets. */
  label: string;
  hint: string;
  required: boolean;
  /** What the cell takes, for the instructions sheet. */
  help: { id: string; en: string };
  /** Value of the template's example row. */
  example: string | number | Date;
  list?: ListSource;
  /** Only a value from the list is accepted (else the list is a suggestion, e.g. units not yet imported). */
  strictList?: boolean;
  width?: number;
  date?: boolean;
}

const col = (spec: ColumnSpec): ColumnSpec => spec;
const text = (id: string, en: string) => ({ id, en });

/** The text in the header cell: `Nama unit * (Unit name)`. */
export function headerText(column: ColumnSpec): string {
  return `${column.label}${column.required ? ' *' : ''} (${column.hint})`;
}

const UNIT_COLUMNS: readonly ColumnSpec[] = [
  col({
    key: 'kode',
    label: 'Kode singkat',
    hint: 'Short code',
    required: true,
    help: text(
      'Singkatan unik unit di daerah ini, mis. DINKES (paling banyak 40 karakter).',
      "The unit's unique short name in this region, e.g. DINKES (at most 40 characters).",
    ),
    example: 'CONTOH-PKM',
    width: 18,
  }),
  col({
    key: 'nama',
    label: 'Nama unit',
    hint: 'Unit name',
    required: true,
    help: text('Nama lengkap unit (2-200 karakter).', 'Full unit name (2-200 characters).'),
    example: 'UPTD Puskesmas Contoh',
    width: 36,
  }),
  col({
    key: 'jenis',
    label: 'Jenis unit',
    hint: 'Unit kind',
    required: true,
    help: text('Salah satu dari daftar.', 'One of the list.'),
    example: 'PUSKESMAS',
    list: 'unitKinds',
    strictList: true,
    width: 14,
  }),
  col({
    key: 'induk',
    label: 'Kode induk',
    hint: 'Parent code',
    required: false,
    help: text(
      'Kode singkat unit induk: unit yang sudah ada atau baris lain di berkas ini. Kosongkan untuk OPD.',
      'Short code of the parent unit: an existing unit or another row of this file. Empty for an OPD.',
    ),
    example: 'DINKES',
    list: 'units',
    width: 16,
  }),
  col({
    key: 'urusan',
    label: 'Urusan',
    hint: 'Government affairs',
    required: false,
    help: text(
      'Nama atau kode urusan (lihat lembar Daftar); beberapa dipisah titik koma (;).',
      'Urusan names or codes (see the Daftar sheet); several separated by semicolons (;).',
    ),
    example: 'Kesehatan',
    width: 30,
  }),
];

const USER_COLUMNS: readonly ColumnSpec[] = [
  col({
    key: 'email',
    label: 'Email',
    hint: 'Email',
    required: true,
    help: text('Alamat email, unik untuk setiap akun.', 'Email address, unique per account.'),
    example: 'operator.contoh@contoh.go.id',
    width: 32,
  }),
  col({
    key: 'nama',
    label: 'Nama lengkap',
    hint: 'Full name',
    required: true,
    help: text('Nama pengguna (2-200 karakter).', "The user's name (2-200 characters)."),
    example: 'Operator Contoh',
    width: 28,
  }),
  col({
    key: 'peran',
    label: 'Peran',
    hint: 'Role',
    required: true,
    help: text(
      'ADMIN, VERIFIER (verifikator), OPERATOR, atau VIEWER (pimpinan).',
      'ADMIN, VERIFIER, OPERATOR or VIEWER (read-only leaders).',
    ),
    example: 'OPERATOR',
    list: 'roles',
    strictList: true,
    width: 14,
  }),
  col({
    key: 'unit',
    label: 'Kode unit',
    hint: 'Unit code',
    required: false,
    help: text(
      'Kode singkat unit yang sudah ada; wajib untuk OPERATOR.',
      'Short code of an existing unit; required for an OPERATOR.',
    ),
    example: 'DINKES',
    list: 'units',
    width: 16,
  }),
  col({
    key: 'bahasa',
    label: 'Bahasa',
    hint: 'Language',
    required: false,
    help: text('id (Indonesia, bawaan) atau en (English).', 'id (Indonesian, the default) or en (English).'),
    example: 'id',
    list: 'locales',
    strictList: true,
    width: 10,
  }),
];

const longText = (key: string, label: string, hint: string, example: string): ColumnSpec =>
  col({
    key,
    label,
    hint,
    required: false,
    help: text('Teks bebas.', 'Free text.'),
    example,
    width: 40,
  });

const dateColumn = (key: string, label: string, hint: string, example: Date | string): ColumnSpec =>
  col({
    key,
    label,
    hint,
    required: false,
    help: text(
      'Tanggal: sel tanggal Excel, 2025-03-31, atau 31/03/2025.',
      'A date: an Excel date cell, 2025-03-31, or 31/03/2025.',
    ),
    example,
    width: 14,
    date: true,
  });

const choice = (key: string, label: string, hint: string, list: ListSource, example: string): ColumnSpec =>
  col({
    key,
    label,
    hint,
    required: false,
    help: text('Salah satu dari daftar.', 'One of the list.'),
    example,
    list,
    strictList: true,
    width: 18,
  });

const INNOVATION_COLUMNS: readonly ColumnSpec[] = [
  col({
    key: 'nama',
    label: 'Nama inovasi',
    hint: 'Innovation name',
    required: true,
    help: text('Paling banyak 200 karakter.', 'At most 200 characters.'),
    example: '(Contoh) Layanan Antar Obat',
    width: 36,
  }),
  col({
    key: 'unit',
    label: 'Kode unit',
    hint: 'Unit code',
    required: true,
    help: text('Kode singkat unit pelaksana.', 'Short code of the implementing unit.'),
    example: 'DINKES',
    list: 'units',
    width: 16,
  }),
  col({
    key: 'tahun',
    label: 'Tahun periode',
    hint: 'Period year',
    required: true,
    help: text(
      'Tahun periode penilaian yang masih menerima inovasi (PLANNING atau OPEN).',
      'Year of an assessment period that still accepts innovations (PLANNING or OPEN).',
    ),
    example: 2026,
    list: 'periods',
    strictList: true,
    width: 12,
  }),
  col({
    key: 'urusan',
    label: 'Urusan',
    hint: 'Government affair',
    required: true,
    help: text('Nama atau kode urusan (lihat lembar Daftar).', 'Urusan name or code (see the Daftar sheet).'),
    example: 'Kesehatan',
    list: 'urusan',
    width: 30,
  }),
  choice('tahapan', 'Tahapan', 'Stage', 'tahapan', 'PENERAPAN'),
  choice('inisiator', 'Inisiator', 'Initiator', 'inisiator', 'OPD'),
  longText('nama_inisiator', 'Nama inisiator', 'Initiator name', 'Dinas Kesehatan'),
  choice('jenis', 'Jenis', 'Digital or not', 'jenis', 'NON_DIGITAL'),
  choice('bentuk', 'Bentuk', 'Form', 'bentuk', 'PELAYANAN_PUBLIK'),
  choice('klasifikasi', 'Klasifikasi', 'Classification', 'klasifikasi', 'INOVASI_PERANGKAT_DAERAH'),
  col({
    key: 'urusan_lain',
    label: 'Urusan lain',
    hint: 'Other affairs',
    required: false,
    help: text('Beberapa urusan dipisah titik koma (;).', 'Several urusan separated by semicolons (;).'),
    example: 'Sosial',
    width: 24,
  }),
  longText('tematik', 'Tematik', 'Theme', ''),
  col({
    key: 'asta_cita',
    label: 'Asta Cita',
    hint: 'Asta Cita 1-8',
    required: false,
    help: text('Angka 1 sampai 8.', 'A number from 1 to 8.'),
    example: 4,
    width: 10,
  }),
  longText('pkpn', 'PKPN', 'National priority program', ''),
  dateColumn('waktu_uji_coba', 'Waktu uji coba', 'Trial date', new Date(Date.UTC(2024, 0, 15))),
  dateColumn('waktu_penerapan', 'Waktu penerapan', 'Implementation date', new Date(Date.UTC(2024, 6, 1))),
  dateColumn('waktu_pengembangan', 'Waktu pengembangan', 'Development date', ''),
  longText('rb_dasar_hukum', 'Dasar hukum', 'Legal basis', 'Peraturan Bupati Nomor 1 Tahun 2024.'),
  longText('rb_permasalahan', 'Permasalahan', 'Problem', 'Pasien lansia sulit mengambil obat rutin.'),
  longText('rb_isu_strategis', 'Isu strategis', 'Strategic issue', 'Akses layanan kesehatan.'),
  longText('rb_metode', 'Metode pembaharuan', 'Method of renewal', 'Obat diantar kader ke rumah.'),
  longText('rb_keunggulan', 'Keunggulan', 'Advantages', 'Tanpa antre, tanpa biaya.'),
  longText('rb_tahapan', 'Tahapan cara kerja', 'How it works', 'Resep dicatat, obat diantar.'),
  longText('tujuan', 'Tujuan', 'Goals', 'Kepatuhan minum obat naik.'),
  longText('manfaat', 'Manfaat', 'Benefits', 'Lansia terlayani di rumah.'),
  longText('hasil', 'Hasil', 'Results', '300 lansia terlayani.'),
  col({
    key: 'anggaran_jumlah',
    label: 'Anggaran (Rp)',
    hint: 'Budget in rupiah',
    required: false,
    help: text('Rupiah bulat, mis. 15000000 atau 15.000.000.', 'Whole rupiah, e.g. 15000000 or 15.000.000.'),
    example: 15_000_000,
    width: 16,
  }),
  longText('anggaran_sumber', 'Sumber anggaran', 'Budget source', 'APBD'),
  longText('video_url', 'Tautan video', 'Video link', ''),
  col({
    key: 'lintang',
    label: 'Lintang',
    hint: 'Latitude',
    required: false,
    help: text('Derajat desimal, mis. -6,75 atau -6.75.', 'Decimal degrees, e.g. -6.75.'),
    example: '',
    width: 12,
  }),
  col({
    key: 'bujur',
    label: 'Bujur',
    hint: 'Longitude',
    required: false,
    help: text('Derajat desimal, mis. 111,04 atau 111.04.', 'Decimal degrees, e.g. 111.04.'),
    example: '',
    width: 12,
  }),
];

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ColumnSpec[]>> = {
  UNITS: UNIT_COLUMNS,
  USERS: USER_COLUMNS,
  INNOVATIONS: INNOVATION_COLUMNS,
};

/** The data sheet's name in the template, and the one looked for first when a workbook is read. */
export const SHEET_NAME: Readonly<Record<ImportKind, string>> = {
  UNITS: 'Unit',
  USERS: 'Pengguna',
  INNOVATIONS: 'Inovasi',
};

/** The key column whose template example value marks the example row (skipped when left unchanged). */
export const EXAMPLE_KEY: Readonly<Record<ImportKind, string>> = {
  UNITS: 'kode',
  USERS: 'email',
  INNOVATIONS: 'nama',
};
