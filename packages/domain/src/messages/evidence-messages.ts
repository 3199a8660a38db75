import type { IssueMessage } from './message-types.ts';

/**
 * Messages of the evidence check (`assessEvidence`). `{expectedKinds}` and `{figure}` hold codes that
 * `formatEvidenceFinding` turns into words; the screens add "(hal. N)" and the snippet themselves.
 */
export const EVIDENCE_MESSAGES: Readonly<Record<string, IssueMessage>> = {
  'EVIDENCE.NOT_ASSESSED': {
    id: 'Bukti indikator {code} (foto, tangkapan layar atau video) tidak diperiksa otomatis; verifikator menilainya.',
    en: 'The evidence of indicator {code} (photos, screenshots or video) is not checked automatically; the verifier judges it.',
  },
  'EVIDENCE.BASIS_NOT_ASSESSED': {
    id: 'Bukti basis ukur {basis} tidak diperiksa otomatis; verifikator menilainya.',
    en: 'The evidence of measurement basis {basis} is not checked automatically; the verifier judges it.',
  },
  'EVIDENCE.NO_DOCUMENTS': {
    id: 'Belum ada dokumen bukti untuk diperiksa.',
    en: 'There is no evidence document to check yet.',
  },
  'EVIDENCE.UNREADABLE': {
    id: 'Berkas {file} tidak dapat dibaca (tidak ada teks yang terbaca); periksa secara manual.',
    en: 'File {file} could not be read (no text found); check it by hand.',
  },
  'EVIDENCE.KIND_UNKNOWN': {
    id: 'Jenis dokumen {file} tidak dikenali dari judulnya.',
    en: 'The kind of document {file} could not be recognised from its title.',
  },
  'EVIDENCE.KIND_NOT_ACCEPTED': {
    id: 'Dokumen {file} adalah {found}, bukan bukti yang diminta indikator ini ({expectedKinds}).',
    en: 'Document {file} is {found}, not the evidence this indicator asks for ({expectedKinds}).',
  },
  'EVIDENCE.NOT_NAMED': {
    id: 'Dokumen {file} tidak menyebut nama inovasi "{innovation}".',
    en: 'Document {file} does not name the innovation "{innovation}".',
  },
  'EVIDENCE.COMPANION_MISSING': {
    id: '{found} tidak perlu memuat nama inovasi, tetapi harus disertai Perkada/SK yang memuat nama inovasi ({file}).',
    en: '{found} need not name the innovation, but must come with a Perkada/SK that does ({file}).',
  },
  'EVIDENCE.YEAR_UNREAD': {
    id: 'Tahun dokumen {file} tidak terbaca.',
    en: 'The year of document {file} could not be read.',
  },
  'EVIDENCE.YEAR_NOT_PENERAPAN': {
    id: 'Dokumen {file} bertahun {year}, bukan tahun penerapan inovasi ({expected}).',
    en: 'Document {file} is dated {year}, not the year the innovation was put into practice ({expected}).',
  },
  'EVIDENCE.YEAR_NOT_BEFORE': {
    id: 'Dokumen {file} bertahun {year}; harus ditetapkan sebelum tahun {expected}.',
    en: 'Document {file} is dated {year}; it must have been enacted before {expected}.',
  },
  'EVIDENCE.YEAR_OUTSIDE': {
    id: 'Dokumen {file} bertahun {year}, di luar rentang {from}-{to}.',
    en: 'Document {file} is dated {year}, outside {from}-{to}.',
  },
  'EVIDENCE.SUPPORTS_CLAIM': {
    id: 'Bukti mendukung tingkat {claimed} yang dipilih.',
    en: 'The evidence supports the chosen tier {claimed}.',
  },
  'EVIDENCE.SUPPORTS_ABOVE': {
    id: 'Bukti mendukung tingkat {supported}, lebih tinggi dari yang dipilih ({claimed}).',
    en: 'The evidence supports tier {supported}, higher than the one chosen ({claimed}).',
  },
  'EVIDENCE.LOWER': {
    id: 'Bukti mendukung tingkat {supported}, bukan {claimed}; lihat catatan dokumen.',
    en: 'The evidence supports tier {supported}, not {claimed}; see the notes on the documents.',
  },
  'EVIDENCE.LOWER_KIND': {
    id: 'Bukti mendukung tingkat {supported}, bukan {claimed}: dokumen ini {found}, bukan {expectedKinds}.',
    en: 'The evidence supports tier {supported}, not {claimed}: this document is {found}, not {expectedKinds}.',
  },
  'EVIDENCE.LOWER_YEARS': {
    id: 'Bukti mendukung tingkat {supported}, bukan {claimed}: dokumen mencakup tahun {years}, yang diminta {needed}.',
    en: 'The evidence supports tier {supported}, not {claimed}: the documents cover {years}, {needed} is needed.',
  },
  'EVIDENCE.LOWER_EVENTS': {
    id: 'Bukti mendukung tingkat {supported}, bukan {claimed}: {count} kegiatan terdokumentasi lengkap (undangan/SK/surat tugas dan daftar hadir bertanggal sama).',
    en: 'The evidence supports tier {supported}, not {claimed}: {count} activities fully documented (invitation/decree/assignment and attendance list of the same date).',
  },
  'EVIDENCE.LOWER_FIGURE': {
    id: 'Bukti mendukung tingkat {supported}, bukan {claimed}: dokumen menunjukkan {value} ({figure}).',
    en: 'The evidence supports tier {supported}, not {claimed}: the document shows {value} ({figure}).',
  },
  'EVIDENCE.CERTIFICATE_MISSING': {
    id: 'Belum ada sertifikat kegiatan; pedoman meminta minimal {min}.',
    en: 'There is no activity certificate; the guide asks for at least {min}.',
  },
  'EVIDENCE.FIGURE_READ': {
    id: 'Terbaca dari {file}: {value} ({figure}).',
    en: 'Read from {file}: {value} ({figure}).',
  },
  'EVIDENCE.FIGURE_OCR': {
    id: 'Terbaca dari pindaian {file}: {value} ({figure}); angka hasil OCR, mohon dipastikan.',
    en: 'Read from the scan {file}: {value} ({figure}); a figure read by OCR, please confirm it.',
  },
  'EVIDENCE.FIGURE_MISSING': {
    id: 'Angka yang diperlukan ({figure}) tidak ditemukan pada dokumen.',
    en: 'The figure needed ({figure}) was not found in the documents.',
  },
};
