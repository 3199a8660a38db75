import type { TConfidence } from '../editions/schema-parts.ts';

/** Where a rule comes from and how sure we are of it (as every value of a rule pack). */
export interface RuleProvenance {
  readonly source: readonly string[];
  readonly confidence: TConfidence;
  readonly note?: string;
}

/**
 * The parts of the carry-over rule that are not edition constants, each with its source (reference §2.1, §5.1,
 * §6 item 6, §12 item 3). The window and the submission limit come from the edition
 * (`constants.eligibilityWindow`, `constants.maxSubmissions`) with their own confidence.
 */
export const CARRY_OVER_RULE = {
  /** Applied in the last two years: may be reported again; older: only when developed. */
  twoYearRule: {
    source: ['P24'],
    confidence: 'CONFIRMED',
    note: 'Inovasi 2022 boleh dilaporkan pada 2024, inovasi 2021 tidak kecuali dikembangkan (BSKDN)',
  },
  /** The edition's window moved to another assessment year (Y-2 .. Y-1). */
  shiftedWindow: {
    source: ['P24', 'C1'],
    confidence: 'UNCONFIRMED',
    note: 'Jendela edisi digeser ke tahun penilaian lain; generalisasi belum terkonfirmasi',
  },
  /** Re-submitting from the archive needs an explanation of the development since the previous version. */
  developmentNote: {
    source: ['C2'],
    confidence: 'SECONDARY',
    note: '"Ajukan Kembali" dari arsip dengan "Penjelasan Pengembangan dari Versi Sebelumnya" wajib',
  },
  /** Whether inisiatif / uji coba innovations are scored at all is open, so their age is not checked. */
  stageNotChecked: {
    source: ['C1'],
    confidence: 'UNCONFIRMED',
    note: 'Apakah inovasi inisiatif/uji coba dinilai belum terkonfirmasi (§12 butir 3)',
  },
  /** One submission per innovation and period, later periods only: an application rule, not an IID one. */
  onePerPeriod: {
    source: ['Inovda'],
    confidence: 'CONFIRMED',
    note: 'Aturan aplikasi: satu pengajuan per inovasi per periode, hanya ke periode sesudahnya',
  },
} as const satisfies Record<string, RuleProvenance>;

const RANK: Readonly<Record<TConfidence, number>> = { UNCONFIRMED: 0, SECONDARY: 1, CONFIRMED: 2 };

/**
 * The provenance of a decision that relied on several rule parts: every source once (in order of first
 * appearance) and the weakest confidence, since a conclusion is only as sure as its least sure premise.
 */
export function combineProvenance(parts: readonly RuleProvenance[]): RuleProvenance {
  const source = [...new Set(parts.flatMap((part) => part.source))];
  const confidence = parts.reduce<TConfidence>(
    (weakest, part) => (RANK[part.confidence] < RANK[weakest] ? part.confidence : weakest),
    'CONFIRMED',
  );
  return { source, confidence };
}
