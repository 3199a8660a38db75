import type { TEditionPack } from '../editions/schema.ts';
import { type DocumentFacts, classifyDocument } from './classify-document.ts';
import type { TTierRule } from './expectation-schema.ts';
import { type AssessContext, finding, matchCode, matchesAny } from './qualify.ts';
import { readFigure } from './read-figures.ts';
import { toLines } from './text-lines.ts';
import { evaluateRule } from './tier-rules.ts';
import type {
  EvidenceAssessment,
  EvidenceDocumentInput,
  EvidenceFinding,
  EvidenceInnovation,
} from './types.ts';

type Tier = 0 | 1 | 2 | 3;

/** Options of `assessEvidence`: the chosen measurement basis of indicator 33. */
export interface AssessEvidenceOptions {
  readonly basis?: string | null;
}

function acceptedMatches(rule: TTierRule) {
  switch (rule.kind) {
    case 'LADDER':
      return rule.tiers.flatMap((t) => t.documents);
    case 'EVENT_COUNT':
      return [...rule.invitations, ...rule.attendance, ...rule.certificates];
    case 'YEAR_COVERAGE':
    case 'FIGURE':
    case 'KEMANFAATAN':
      return rule.documents;
  }
}

function notAssessed(code: string, params: EvidenceFinding['params'] = {}): EvidenceAssessment {
  return {
    assessed: false,
    supportedTier: null,
    findings: [finding(code, null, null, params, 'INFO')],
    documents: [],
  };
}

/**
 * The tier that the evidence documents of one answer support, read from their text against the indicator's
 * evidence expectations (`TSidIndicator.expectations`), with findings in Indonesian and English
 * (`formatEvidenceFinding`). Advice only: the verifier decides.
 *
 * - `supportedTier` is null when no document could be read, or the indicator has no expectations (photos,
 *   screenshots, video); 0 when documents were read but none counts.
 * - The tier does not depend on the claim; `claimedTier` only decides which explanation is given. More or better
 *   documents never lower it (every rule takes the best document, the union of years, or the distinct count).
 * - Figures read by OCR come with `EVIDENCE.FIGURE_OCR` so a person confirms them.
 *
 * Throws a RangeError only for an unknown indicator code (a caller bug).
 */
export function assessEvidence(
  pack: TEditionPack,
  indicatorCode: string,
  claimedTier: Tier,
  innovation: EvidenceInnovation,
  documents: readonly EvidenceDocumentInput[],
  options: AssessEvidenceOptions = {},
): EvidenceAssessment {
  const indicator = pack.sid.find((i) => i.code === indicatorCode);
  if (!indicator) throw new RangeError(`unknown SID indicator ${indicatorCode}`);
  const expectations = indicator.expectations;
  if (!expectations) return notAssessed('EVIDENCE.NOT_ASSESSED', { code: indicatorCode });
  const basis = indicator.bases?.find((b) => b.code === options.basis) ?? null;
  if (expectations.tierRule.kind === 'KEMANFAATAN' && (!basis || !basis.bands)) {
    return notAssessed('EVIDENCE.BASIS_NOT_ASSESSED', { basis: options.basis ?? '-' });
  }

  const findings: EvidenceFinding[] = [];
  const facts: (DocumentFacts | null)[] = documents.map((doc, index) => {
    const hasText = doc.pages.some((p) => p.text.trim().length > 0);
    if (!doc.readable || !hasText) {
      findings.push(finding('EVIDENCE.UNREADABLE', index, null, { file: doc.name }));
      return null;
    }
    return classifyDocument(doc.pages, innovation.name);
  });
  const docs = facts.flatMap((f, index) =>
    f ? [{ index, name: documents[index]?.name ?? '', facts: f }] : [],
  );
  if (documents.length === 0) {
    return {
      assessed: true,
      supportedTier: 0,
      findings: [finding('EVIDENCE.NO_DOCUMENTS', null, null, {})],
      documents: [],
    };
  }
  if (docs.length === 0) return { assessed: true, supportedTier: null, findings, documents: facts };

  const accepted = acceptedMatches(expectations.tierRule);
  for (const doc of docs) {
    if (doc.facts.kind === null)
      findings.push(finding('EVIDENCE.KIND_UNKNOWN', doc.index, null, { file: doc.name }));
    else if (!matchesAny(doc.facts, accepted)) {
      findings.push(
        finding('EVIDENCE.KIND_NOT_ACCEPTED', doc.index, doc.facts.title, {
          file: doc.name,
          found: doc.facts.title?.text ?? '-',
          expectedKinds: [...new Set(accepted.map(matchCode))],
        }),
      );
    }
  }
  const ctx: AssessContext = { expectations, innovation, assessmentYear: pack.assessmentYear, docs };
  const pagesOf = (doc: AssessContext['docs'][number]) => documents[doc.index]?.pages ?? [];
  const outcome = evaluateRule(ctx, expectations.tierRule, pagesOf, basis);
  if (!outcome) return notAssessed('EVIDENCE.BASIS_NOT_ASSESSED', { basis: options.basis ?? '-' });
  findings.push(...outcome.findings);

  for (const figure of expectations.infoFigures ?? []) {
    for (const doc of docs.filter((d) => matchesAny(d.facts, accepted))) {
      const read = readFigure(figure, toLines(pagesOf(doc)), innovation.regionName);
      if (!read) continue;
      const params = { file: doc.name, value: read.value, figure };
      findings.push(
        finding(
          read.ocr ? 'EVIDENCE.FIGURE_OCR' : 'EVIDENCE.FIGURE_READ',
          doc.index,
          read,
          params,
          read.ocr ? 'WARNING' : 'INFO',
        ),
      );
    }
  }

  const tier = outcome.tier;
  if (tier < claimedTier) {
    const lower = outcome.lower(claimedTier);
    findings.unshift(
      lower ?? finding('EVIDENCE.LOWER', null, null, { supported: tier, claimed: claimedTier }),
    );
  } else if (claimedTier > 0) {
    findings.unshift(
      finding(
        tier > claimedTier ? 'EVIDENCE.SUPPORTS_ABOVE' : 'EVIDENCE.SUPPORTS_CLAIM',
        null,
        null,
        { supported: tier, claimed: claimedTier },
        'INFO',
      ),
    );
  }
  return { assessed: true, supportedTier: tier, findings: dedupeFindings(findings), documents: facts };
}

function dedupeFindings(findings: EvidenceFinding[]): EvidenceFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.document}|${f.page}|${JSON.stringify(f.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
