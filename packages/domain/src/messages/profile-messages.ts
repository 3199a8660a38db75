import type { IssueMessage } from './message-types.ts';

/** Messages of profile, readiness and region issues. */
export const PROFILE_READINESS_MESSAGES: Readonly<Record<string, IssueMessage>> = {
  'PROFILE.REQUIRED_FIELD': {
    id: 'Isian {field} wajib diisi untuk tahapan {tahapan}.',
    en: 'Field {field} is required for stage {tahapan}.',
  },
  'PROFILE.RANCANG_BANGUN_TOO_SHORT': {
    id: 'Rancang bangun baru {words} kata; minimal {min} kata untuk seluruh bagiannya.',
    en: 'The design (rancang bangun) has {words} words; at least {min} are required across its sections.',
  },
  'PROFILE.RANCANG_BANGUN_SECTION_EMPTY': {
    id: 'Bagian rancang bangun {section} masih kosong.',
    en: 'Design section {section} is empty.',
  },
  'PROFILE.DATE_ORDER': {
    id: 'Waktu uji coba ({ujiCoba}) tidak boleh setelah waktu penerapan ({penerapan}).',
    en: 'The trial date ({ujiCoba}) must not be after the implementation date ({penerapan}).',
  },
  'PROFILE.DEVELOPMENT_BEFORE_PENERAPAN': {
    id: 'Waktu pengembangan ({pengembangan}) tidak boleh sebelum waktu penerapan ({penerapan}).',
    en: 'The development date ({pengembangan}) must not be before the implementation date ({penerapan}).',
  },
  'PROFILE.OUTSIDE_ELIGIBILITY_WINDOW': {
    id: 'Tanggal {date} di luar jendela kelayakan {from} s.d. {to}.',
    en: 'Date {date} is outside the eligibility window {from} to {to}.',
  },
  'PROFILE.DEVELOPMENT_DATE_REQUIRED': {
    id: 'Penerapan {penerapan} sebelum {from}: isi waktu pengembangan terbaru dalam {from} s.d. {to}.',
    en: 'Implementation {penerapan} is before {from}: enter the latest development date within {from} to {to}.',
  },
  'PROFILE.SUBMISSION_LIMIT_REACHED': {
    id: 'Inovasi sudah diajukan {previous} kali (maksimal {max}) tanpa pengembangan baru.',
    en: 'The innovation was already submitted {previous} times (maximum {max}) without a new development.',
  },
  'READINESS.MANDATORY_INDICATOR_MISSING': {
    id: 'Indikator wajib {code} belum diisi.',
    en: 'Mandatory indicator {code} is not filled in.',
  },
  'READINESS.MANDATORY_NOT_VERIFIED': {
    id: 'Indikator wajib {code} tidak lolos verifikasi (nilai terverifikasi 0).',
    en: 'Mandatory indicator {code} did not pass verification (verified tier 0).',
  },
  'READINESS.EVIDENCE_MISSING': {
    id: 'Indikator {code} belum memiliki bukti dukung; tanpa bukti nilainya 0.',
    en: 'Indicator {code} has no supporting evidence; without evidence it scores 0.',
  },
  'READINESS.EVIDENCE_KIND_NOT_ALLOWED': {
    id: 'Berkas {kind} tidak diterima untuk indikator {code}; jenis yang diterima: {allowed}.',
    en: 'A {kind} file is not accepted for indicator {code}; accepted kinds: {allowed}.',
  },
  'READINESS.LINK_NOT_ALLOWED': {
    id: 'Indikator {code} tidak menerima tautan sebagai bukti; unggah berkas.',
    en: 'Indicator {code} does not accept links as evidence; upload a file.',
  },
  'READINESS.UNKNOWN_INDICATOR': { id: 'Indikator {code} tidak dikenal.', en: 'Unknown indicator {code}.' },
  'READINESS.TIER_INVALID': {
    id: 'Tingkat {tier} pada indikator {code} tidak valid (harus 0..3).',
    en: 'Tier {tier} of indicator {code} is not valid (must be 0..3).',
  },
  'READINESS.DUPLICATE_ANSWER': {
    id: 'Indikator {code} diisi lebih dari sekali.',
    en: 'Indicator {code} is answered more than once.',
  },
  'READINESS.BASIS_REQUIRED': {
    id: 'Pilih basis ukur untuk indikator {code}.',
    en: 'Choose a measurement basis for indicator {code}.',
  },
  'READINESS.BASIS_UNKNOWN': {
    id: 'Basis ukur {basis} tidak dikenal untuk indikator {code}.',
    en: 'Unknown measurement basis {basis} for indicator {code}.',
  },
  'READINESS.BASIS_NOT_EXPECTED': {
    id: 'Indikator {code} tidak memakai basis ukur.',
    en: 'Indicator {code} has no measurement basis.',
  },
  'READINESS.TIER_MISMATCH': {
    id: 'Tingkat {claimedTier} pada indikator {code} tidak sesuai dengan angka yang diisi (menghasilkan tingkat {derivedTier}).',
    en: 'Tier {claimedTier} of indicator {code} does not match the figure given (which gives tier {derivedTier}).',
  },
  'REGION.BELOW_MIN_DIVISOR': {
    id: 'Baru {n} inovasi; rata-rata kematangan tetap dibagi {k}.',
    en: 'Only {n} innovations; the average maturity is still divided by {k}.',
  },
  'REGION.YANDAS_INSUFFICIENT': {
    id: 'Urusan pelayanan dasar tercakup {covered} dari minimal {min}; belum ada: {missing}. Skor jumlah inovasi 0.',
    en: 'Basic-service urusan covered: {covered} of at least {min}; missing: {missing}. The count score is 0.',
  },
  'REGION.SPD_INCOMPLETE': {
    id: 'Baris SPD belum diisi: {codes} (wajib: {mandatoryCodes}).',
    en: 'SPD rows not filled in: {codes} (mandatory: {mandatoryCodes}).',
  },
  'REGION.UNKNOWN_SPD_ROW': { id: 'Baris SPD {code} tidak dikenal.', en: 'Unknown SPD row {code}.' },
  'REGION.UNITS_WITHOUT_INNOVATION': {
    id: '{count} unit belum memiliki inovasi.',
    en: '{count} units have no innovation yet.',
  },
};
