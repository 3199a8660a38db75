import type { DocumentFacts, TextSpot } from './classify-document.ts';
import type { TDocumentMatch, TEvidenceExpectation, TYearRule } from './expectation-schema.ts';
import type { EvidenceFinding, EvidenceInnovation } from './types.ts';

/** Context shared by the checks of one assessment. */
export interface AssessContext {
  readonly expectations: TEvidenceExpectation;
  readonly innovation: EvidenceInnovation;
  readonly assessmentYear: number;
  readonly docs: readonly { readonly index: number; readonly name: string; readonly facts: DocumentFacts }[];
}

/** True when the document is of one of the kinds (and, where given, issuers). */
export function matchesAny(facts: DocumentFacts, matches: readonly TDocumentMatch[]): boolean {
  return matches.some(
    (m) =>
      m.kind === facts.kind && (!m.issuers || (facts.issuer !== null && m.issuers.includes(facts.issuer))),
  );
}

/** A document match as one param value: `KIND` or `KIND@ISSUER|ISSUER` (worded by `formatEvidenceFinding`). */
export function matchCode(match: TDocumentMatch): string {
  return match.issuers ? `${match.kind}@${match.issuers.join('|')}` : match.kind;
}

/** Builds a finding about a document at a spot (or the document as a whole). */
export function finding(
  code: string,
  document: number | null,
  at: TextSpot | null,
  params: EvidenceFinding['params'],
  severity: EvidenceFinding['severity'] = 'WARNING',
): EvidenceFinding {
  return {
    code,
    severity,
    document,
    page: at?.page ?? null,
    snippet: at?.snippet ?? null,
    ocr: at?.ocr ?? false,
    params,
  };
}

const EVENT_KINDS = new Set(['UNDANGAN', 'DAFTAR_HADIR', 'SERTIFIKAT']);

/** The year a rule compares: the activity's year for event documents, else the issue year, else the plan year. */
export function documentYear(facts: DocumentFacts) {
  if (facts.kind && EVENT_KINDS.has(facts.kind) && facts.eventDate) {
    return { ...facts.eventDate, value: Number(facts.eventDate.value.slice(0, 4)) };
  }
  return facts.year ?? facts.fiscalYear;
}

function checkYear(
  rule: TYearRule,
  ctx: AssessContext,
  doc: AssessContext['docs'][number],
): EvidenceFinding | null {
  if (rule.appliesTo && !matchesAny(doc.facts, rule.appliesTo)) return null;
  const year = documentYear(doc.facts);
  const file = doc.name;
  if (rule.rule === 'PENERAPAN_YEAR' && ctx.innovation.penerapanYear === null) return null;
  if (!year) return finding('EVIDENCE.YEAR_UNREAD', doc.index, doc.facts.title, { file });
  switch (rule.rule) {
    case 'PENERAPAN_YEAR': {
      const expected = ctx.innovation.penerapanYear ?? 0;
      return year.value === expected
        ? null
        : finding('EVIDENCE.YEAR_NOT_PENERAPAN', doc.index, year, { file, year: year.value, expected });
    }
    case 'BEFORE_ASSESSMENT_YEAR':
      return year.value < ctx.assessmentYear
        ? null
        : finding('EVIDENCE.YEAR_NOT_BEFORE', doc.index, year, {
            file,
            year: year.value,
            expected: ctx.assessmentYear,
          });
    case 'WITHIN': {
      const from = ctx.assessmentYear + rule.fromOffset;
      const to = ctx.assessmentYear + rule.toOffset;
      return year.value >= from && year.value <= to
        ? null
        : finding('EVIDENCE.YEAR_OUTSIDE', doc.index, year, { file, year: year.value, from, to });
    }
  }
}

/**
 * Why a document of an accepted kind does not count (empty when it counts): it does not name the innovation
 * (unless it may lean on a naming companion, `hasCompanion`), or its year breaks a year rule.
 */
export function disqualifications(
  ctx: AssessContext,
  doc: AssessContext['docs'][number],
  hasCompanion: boolean,
): EvidenceFinding[] {
  const out: EvidenceFinding[] = [];
  const naming = ctx.expectations.namesInnovation;
  if (naming.required && !doc.facts.namesInnovation) {
    const companionAllowed = naming.companionFor && matchesAny(doc.facts, naming.companionFor);
    if (!companionAllowed) {
      out.push(
        finding('EVIDENCE.NOT_NAMED', doc.index, doc.facts.title, {
          file: doc.name,
          innovation: ctx.innovation.name,
        }),
      );
    } else if (!hasCompanion) {
      out.push(
        finding('EVIDENCE.COMPANION_MISSING', doc.index, doc.facts.title, {
          file: doc.name,
          found: doc.facts.title?.text ?? doc.name,
        }),
      );
    }
  }
  for (const rule of ctx.expectations.years ?? []) {
    const problem = checkYear(rule, ctx, doc);
    if (problem) out.push(problem);
  }
  return out;
}
