// Indonesian labels of the profile's enumerations, as the national IID form writes them (reference §5.1).
import { getUrusan } from '@inovda/domain';

export const TAHAPAN_LABELS: Readonly<Record<string, string>> = {
  INISIATIF: 'Inisiatif',
  UJI_COBA: 'Uji coba',
  PENERAPAN: 'Penerapan',
};

export const INISIATOR_LABELS: Readonly<Record<string, string>> = {
  KEPALA_DAERAH: 'Kepala Daerah',
  ANGGOTA_DPRD: 'Anggota DPRD',
  OPD: 'OPD (Perangkat Daerah)',
  ASN: 'ASN',
  MASYARAKAT: 'Masyarakat',
};

export const JENIS_LABELS: Readonly<Record<string, string>> = {
  DIGITAL: 'Digital',
  NON_DIGITAL: 'Non digital',
};

export const BENTUK_LABELS: Readonly<Record<string, string>> = {
  TATA_KELOLA: 'Tata kelola pemerintahan daerah',
  PELAYANAN_PUBLIK: 'Pelayanan publik',
  LAINNYA: 'Inovasi daerah lainnya sesuai urusan',
};

export const STATE_LABELS: Readonly<Record<string, string>> = {
  READY_TO_SEND: 'Siap kirim',
  SENT: 'Terkirim',
};

export const VERDICT_LABELS: Readonly<Record<string, string>> = {
  PENDING: 'Menunggu',
  ACCEPTED: 'Diterima',
  DOWNGRADED: 'Diturunkan',
  REJECTED: 'Ditolak',
};

/** The label of a code in `labels`, or the code itself when it has none (never an empty cell). */
export function labelOf(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? code;
}

export function urusanLabel(slug: string | null | undefined): string {
  if (!slug) return '';
  return getUrusan(slug)?.label ?? slug;
}

/** The six rancang bangun sections in the form's order with their headings. */
export const RANCANG_BANGUN_SECTIONS = [
  ['dasarHukum', 'Dasar hukum'],
  ['permasalahan', 'Permasalahan'],
  ['isuStrategis', 'Isu strategis'],
  ['metodePembaharuan', 'Metode pembaharuan'],
  ['keunggulan', 'Keunggulan dan kebaharuan'],
  ['tahapanCaraKerja', 'Tahapan inovasi / cara kerja'],
] as const;
