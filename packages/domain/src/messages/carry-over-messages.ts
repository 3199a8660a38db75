import type { IssueMessage } from './message-types.ts';

/** Words of the carry-over rule (`decideCarryOver`, `carryAnswers`, `checkDevelopmentNote`). */
export const CARRY_OVER_MESSAGES: Readonly<Record<string, IssueMessage>> = {
  'CARRY.TARGET_NOT_LATER': {
    id: 'Periode tujuan ({targetYear}) harus sesudah periode asal ({sourceYear}).',
    en: 'The target period ({targetYear}) must come after the source period ({sourceYear}).',
  },
  'CARRY.ALREADY_IN_PERIOD': {
    id: 'Inovasi ini sudah ada di periode {targetYear}; tidak dapat dibawa dua kali.',
    en: 'This innovation is already in the {targetYear} period; it cannot be carried over twice.',
  },
  'CARRY.AGE_NOT_CHECKED': {
    id: 'Tahapan {tahapan}: aturan dua tahun hanya diperiksa untuk inovasi tahap penerapan (untuk tahap lain belum terkonfirmasi).',
    en: 'Stage {tahapan}: the two-year rule is only checked for innovations being implemented (unconfirmed for other stages).',
  },
  'CARRY.PENERAPAN_DATE_MISSING': {
    id: 'Waktu penerapan belum diisi; isi agar kelayakan ({from} s.d. {to}) dapat diperiksa.',
    en: 'The implementation date is missing; fill it in so eligibility ({from} to {to}) can be checked.',
  },
  'CARRY.PENERAPAN_AFTER_WINDOW': {
    id: 'Penerapan {date} sesudah jendela kelayakan {from} s.d. {to}: belum dapat diajukan pada periode ini.',
    en: 'Implementation {date} is after the eligibility window {from} to {to}: it cannot be submitted in this period yet.',
  },
  'CARRY.IN_WINDOW': {
    id: 'Penerapan {penerapan} dalam jendela {from} s.d. {to}: dapat diajukan lagi tanpa pengembangan.',
    en: 'Implementation {penerapan} is inside the window {from} to {to}: it can be submitted again without a development.',
  },
  'CARRY.DEVELOPED_IN_WINDOW': {
    id: 'Dikembangkan pada {pengembangan} (dalam {from} s.d. {to}): dapat diajukan lagi dengan catatan pengembangan.',
    en: 'Developed on {pengembangan} (inside {from} to {to}): it can be submitted again with a development note.',
  },
  'CARRY.DEVELOPMENT_REQUIRED': {
    id: 'Penerapan {penerapan} sudah lebih dari dua tahun (sebelum {from}): hanya dapat diajukan lagi dengan pengembangan dalam {from} s.d. {to} dan catatan pengembangan.',
    en: 'Implementation {penerapan} is more than two years old (before {from}): it can only be submitted again with a development within {from} to {to} and a development note.',
  },
  'CARRY.SUBMISSION_LIMIT_REACHED': {
    id: 'Sudah diikutkan {previous} kali (maksimal {max}): hanya dapat diajukan lagi dengan pengembangan dalam {from} s.d. {to} dan catatan pengembangan.',
    en: 'Already taken part {previous} times (maximum {max}): it can only be submitted again with a development within {from} to {to} and a development note.',
  },
  'CARRY.DEVELOPMENT_NOTE_REQUIRED': {
    id: 'Isi catatan pengembangan: apa yang berubah sejak inovasi ini terakhir diajukan (pengembangan dalam {from} s.d. {to}).',
    en: 'Fill in the development note: what changed since this innovation was last submitted (development within {from} to {to}).',
  },
  'CARRY.ANSWER_INDICATOR_UNKNOWN': {
    id: 'Indikator {code} tidak ada pada edisi periode tujuan; jawabannya tidak dibawa.',
    en: "Indicator {code} does not exist in the target period's edition; its answer was not carried over.",
  },
  'CARRY.ANSWER_TIER_INVALID': {
    id: 'Tingkat {tier} indikator {code} tidak valid; jawabannya tidak dibawa.',
    en: 'Tier {tier} of indicator {code} is not valid; its answer was not carried over.',
  },
  'CARRY.ANSWER_BASIS_UNKNOWN': {
    id: 'Basis {basis} indikator {code} tidak ada pada edisi periode tujuan; pilih ulang basis dan tingkatnya.',
    en: "Basis {basis} of indicator {code} does not exist in the target period's edition; choose the basis and tier again.",
  },
  'CARRY.RAW_VALUE_INVALID': {
    id: 'Angka {value} indikator {code} tidak dapat dinilai dengan edisi periode tujuan; isi ulang.',
    en: "Figure {value} of indicator {code} cannot be read with the target period's edition; enter it again.",
  },
  'CARRY.TIER_REDERIVED': {
    id: 'Tingkat indikator {code} dihitung ulang dari angkanya dengan edisi periode tujuan: {claimedTier} menjadi {derivedTier}.',
    en: "The tier of indicator {code} was recomputed from its figure with the target period's edition: {claimedTier} became {derivedTier}.",
  },
  'CARRY.LINKS_NOT_ALLOWED': {
    id: 'Indikator {code} tidak menerima tautan pada edisi periode tujuan; tautannya tidak dibawa.',
    en: "Indicator {code} takes no links in the target period's edition; its links were not carried over.",
  },
  'CARRY.EVIDENCE_KIND_NOT_ALLOWED': {
    id: 'Berkas {kind} tidak diterima indikator {code} pada edisi periode tujuan; berkas itu tidak ditautkan.',
    en: "Indicator {code} does not take {kind} files in the target period's edition; that file was not linked.",
  },
};
