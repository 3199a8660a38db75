import type { IssueMessage } from './message-types.ts';

/** Messages of verdict, workflow, edition and raw-figure issues. */
export const RULES_MESSAGES: Readonly<Record<string, IssueMessage>> = {
  'VERDICT.NOTE_REQUIRED': {
    id: 'Catatan verifikator wajib diisi untuk putusan {verdict}.',
    en: 'A verifier note is required for verdict {verdict}.',
  },
  'VERDICT.TIER_REQUIRED': {
    id: 'Tentukan tingkat hasil verifikasi untuk penurunan.',
    en: 'Choose the verified tier for a downgrade.',
  },
  'VERDICT.DOWNGRADE_NOT_LOWER': {
    id: 'Tingkat hasil verifikasi ({verifiedTier}) harus lebih rendah dari klaim ({claimedTier}).',
    en: 'The verified tier ({verifiedTier}) must be lower than the claimed tier ({claimedTier}).',
  },
  'VERDICT.TIER_NOT_EXPECTED': {
    id: 'Tingkat hasil verifikasi hanya diisi untuk penurunan, bukan {verdict}.',
    en: 'A verified tier is only set for a downgrade, not for {verdict}.',
  },
  'WORKFLOW.NOT_ALLOWED': {
    id: 'Aksi {action} tidak dapat dilakukan dari status {from} (hanya dari: {states}).',
    en: 'Action {action} is not possible from state {from} (only from: {states}).',
  },
  'WORKFLOW.ROLE_FORBIDDEN': {
    id: 'Peran {role} tidak boleh melakukan {action} (hanya: {roles}).',
    en: 'Role {role} may not perform {action} (only: {roles}).',
  },
  'WORKFLOW.PRECONDITION': {
    id: 'Syarat aksi {action} belum terpenuhi: {reason}.',
    en: 'The precondition of {action} is not met: {reason}.',
  },
  'WORKFLOW.PRECONDITION.NOTE_REQUIRED': {
    id: 'Aksi {action} memerlukan catatan alasan.',
    en: 'Action {action} needs a note giving the reason.',
  },
  'WORKFLOW.PRECONDITION.VERDICTS_PENDING': {
    id: 'Masih ada indikator yang belum diputus: {codes}.',
    en: 'Some indicators have no verdict yet: {codes}.',
  },
  'WORKFLOW.PRECONDITION.NOT_READY': {
    id: 'Inovasi belum memenuhi syarat kelengkapan untuk {action}.',
    en: 'The innovation does not yet meet the readiness rules for {action}.',
  },
  'WORKFLOW.PRECONDITION.NOT_FROZEN': {
    id: 'Pengajuan hanya dapat ditandai terkirim sebagai bagian dari paket yang dibekukan dan belum berubah.',
    en: 'A submission can only be marked sent as part of a frozen package it has not changed since.',
  },
  'PACKAGE.NOTHING_READY': {
    id: 'Tidak ada inovasi berstatus siap kirim yang dipilih untuk dikirim.',
    en: 'No innovation chosen to send is ready to send.',
  },
  'PACKAGE.NOT_PACKAGED': {
    id: 'Hanya pengajuan siap kirim atau terkirim yang dapat masuk paket.',
    en: 'Only submissions that are ready to send or sent can be in a package.',
  },
  'PACKAGE.ALREADY_SENT': {
    id: 'Paket ini sudah ditandai terkirim.',
    en: 'This package has already been marked sent.',
  },
  'PACKAGE.STALE': {
    id: 'Ada pengajuan yang berubah sejak paket dibekukan; bekukan paket baru.',
    en: 'Some submissions changed since the package was frozen; freeze a new package.',
  },
  'WORKFLOW.PRECONDITION.CONTEXT_MISSING': {
    id: 'Data {field} diperlukan untuk memutuskan {action}.',
    en: 'Data {field} is needed to decide {action}.',
  },
  'EDITION.INVALID': { id: 'Paket aturan edisi tidak valid.', en: 'The edition rule pack is invalid.' },
  'SPD.UNKNOWN_ROW': { id: 'Baris SPD {code} tidak dikenal.', en: 'Unknown SPD row {code}.' },
  'SPD.NOT_NUMERIC': {
    id: 'Baris SPD {code} tidak dihitung dari angka; pilih parameternya.',
    en: 'SPD row {code} is not computed from figures; choose its parameter.',
  },
  'SPD.RAW_MISSING': { id: 'Angka {field} wajib diisi.', en: 'Figure {field} is required.' },
  'SPD.RAW_INVALID': {
    id: 'Angka {field} tidak valid: {value} (gunakan mis. 5,91 atau 5.91).',
    en: 'Figure {field} is not a valid number: {value} (use e.g. 5.91).',
  },
  'SPD.DIVISION_BY_ZERO': {
    id: 'Nilai T-2 bernilai 0; persentase perubahan tidak dapat dihitung.',
    en: 'The T-2 value is 0; the percentage change cannot be computed.',
  },
  'SID.UNKNOWN_BASIS': { id: 'Basis ukur {basis} tidak dikenal.', en: 'Unknown measurement basis {basis}.' },
  'SID.NOT_NUMERIC': {
    id: 'Basis ukur {basis} tidak dihitung dari angka.',
    en: 'Measurement basis {basis} is not computed from a figure.',
  },
  'SID.RAW_INVALID': { id: 'Angka tidak valid: {value}.', en: 'Not a valid number: {value}.' },
};
