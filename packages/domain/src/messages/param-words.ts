import type { IssueMessage } from './message-types.ts';

/**
 * Words for the keys and codes that issues carry in their params (`field: 'waktuPenerapan'`,
 * `tahapan: 'PENERAPAN'`), so a message never shows an internal key: "Isian Waktu penerapan wajib diisi untuk
 * tahapan Penerapan". Labels follow the IID form.
 */
const PROFILE_FIELD_WORDS: Readonly<Record<string, IssueMessage>> = {
  name: { id: 'Nama inovasi', en: 'Innovation name' },
  unitId: { id: 'Unit pelaksana', en: 'Implementing unit' },
  tahapan: { id: 'Tahapan inovasi', en: 'Innovation stage' },
  inisiator: { id: 'Inisiator', en: 'Initiator' },
  namaInisiator: { id: 'Nama inisiator', en: 'Initiator name' },
  jenis: { id: 'Jenis inovasi', en: 'Innovation type' },
  bentuk: { id: 'Bentuk inovasi', en: 'Innovation form' },
  urusan: { id: 'Urusan pemerintahan', en: 'Government affair (urusan)' },
  urusanLain: { id: 'Urusan lain', en: 'Other urusan' },
  klasifikasi: { id: 'Klasifikasi', en: 'Classification' },
  tematik: { id: 'Tematik', en: 'Theme' },
  astaCita: { id: 'Asta Cita', en: 'Asta Cita' },
  pkpn: { id: 'Program prioritas nasional', en: 'National priority programme' },
  waktuUjiCoba: { id: 'Waktu uji coba', en: 'Trial date' },
  waktuPenerapan: { id: 'Waktu penerapan', en: 'Implementation date' },
  waktuPengembangan: { id: 'Waktu pengembangan', en: 'Development date' },
  rancangBangun: { id: 'Rancang bangun', en: 'Design (rancang bangun)' },
  dasarHukum: { id: 'Dasar hukum', en: 'Legal basis' },
  permasalahan: { id: 'Permasalahan', en: 'Problem' },
  isuStrategis: { id: 'Isu strategis', en: 'Strategic issue' },
  metodePembaharuan: { id: 'Metode pembaharuan', en: 'Method of renewal' },
  keunggulan: { id: 'Keunggulan dan kebaruan', en: 'Advantages and novelty' },
  tahapanCaraKerja: { id: 'Tahapan cara kerja', en: 'Working steps' },
  tujuan: { id: 'Tujuan', en: 'Goal' },
  manfaat: { id: 'Manfaat', en: 'Benefit' },
  hasil: { id: 'Hasil inovasi', en: 'Result' },
  anggaran: { id: 'Anggaran', en: 'Budget' },
  videoUrl: { id: 'Tautan video', en: 'Video link' },
  koordinat: { id: 'Koordinat lokasi', en: 'Location coordinates' },
};

/** Stages of an innovation (Prisma `Tahapan`). */
const TAHAPAN_WORDS: Readonly<Record<string, IssueMessage>> = {
  INISIATIF: { id: 'Inisiatif', en: 'Initiative' },
  UJI_COBA: { id: 'Uji coba', en: 'Trial' },
  PENERAPAN: { id: 'Penerapan', en: 'In use' },
};

/** Evidence file kinds (Prisma `EvidenceKind`). */
const FILE_KIND_WORDS: Readonly<Record<string, IssueMessage>> = {
  PDF: { id: 'PDF', en: 'PDF' },
  JPEG: { id: 'foto JPEG', en: 'JPEG photo' },
  PNG: { id: 'gambar PNG', en: 'PNG image' },
  MP4: { id: 'video MP4', en: 'MP4 video' },
};

/** Submission states (Prisma `SubmissionState`). */
const STATE_WORDS: Readonly<Record<string, IssueMessage>> = {
  DRAFT: { id: 'Draf', en: 'Draft' },
  SUBMITTED: { id: 'Diajukan', en: 'Submitted' },
  IN_REVIEW: { id: 'Sedang diverifikasi', en: 'In review' },
  RETURNED: { id: 'Dikembalikan', en: 'Returned' },
  VERIFIED: { id: 'Terverifikasi', en: 'Verified' },
  READY_TO_SEND: { id: 'Siap dikirim', en: 'Ready to send' },
  SENT: { id: 'Terkirim', en: 'Sent' },
  REJECTED: { id: 'Ditolak', en: 'Rejected' },
};

/** Workflow actions (`WORKFLOW_ACTIONS`). */
const ACTION_WORDS: Readonly<Record<string, IssueMessage>> = {
  SUBMIT: { id: 'ajukan', en: 'submit' },
  START_REVIEW: { id: 'mulai verifikasi', en: 'start review' },
  RETURN_FOR_REVISION: { id: 'kembalikan untuk perbaikan', en: 'return for revision' },
  APPROVE: { id: 'setujui', en: 'approve' },
  REJECT: { id: 'tolak', en: 'reject' },
  MARK_READY: { id: 'tandai siap kirim', en: 'mark ready to send' },
  UNMARK_READY: { id: 'batalkan siap kirim', en: 'unmark ready to send' },
  MARK_SENT: { id: 'tandai terkirim', en: 'mark sent' },
  REOPEN: { id: 'buka kembali', en: 'reopen' },
};

/** Roles (Prisma `Role`). */
const ROLE_WORDS: Readonly<Record<string, IssueMessage>> = {
  ADMIN: { id: 'Admin Bapperida', en: 'Bapperida admin' },
  VERIFIER: { id: 'Verifikator', en: 'Verifier' },
  OPERATOR: { id: 'Operator OPD', en: 'OPD operator' },
  VIEWER: { id: 'Pimpinan', en: 'Leadership' },
};

/** Verdicts (Prisma `Verdict`). */
const VERDICT_WORDS: Readonly<Record<string, IssueMessage>> = {
  PENDING: { id: 'Menunggu', en: 'Pending' },
  ACCEPTED: { id: 'Diterima', en: 'Accepted' },
  DOWNGRADED: { id: 'Diturunkan', en: 'Lowered' },
  REJECTED: { id: 'Ditolak', en: 'Rejected' },
};

/** Which table names the codes of each param (a value not in the table, such as a date, stays as it is). */
export const PARAM_WORDS: Readonly<Record<string, Readonly<Record<string, IssueMessage>>>> = {
  field: PROFILE_FIELD_WORDS,
  section: PROFILE_FIELD_WORDS,
  tahapan: TAHAPAN_WORDS,
  kind: FILE_KIND_WORDS,
  allowed: FILE_KIND_WORDS,
  from: STATE_WORDS,
  to: STATE_WORDS,
  state: STATE_WORDS,
  states: STATE_WORDS,
  action: ACTION_WORDS,
  role: ROLE_WORDS,
  roles: ROLE_WORDS,
  verdict: VERDICT_WORDS,
};
