import { deriveKemanfaatanTier } from '../editions/derive-spd-tier.ts';
import type { TEditionPack, TSidIndicator } from '../editions/schema.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import { normalizeFileKind } from '../readiness/file-kind.ts';
import { isTier } from '../scoring/tier.ts';

/** One answer of the source submission, as stored. */
export interface SourceAnswer {
  readonly code: string;
  readonly claimedTier: number;
  readonly basis: string | null;
  readonly rawValue: string | null;
  readonly links: readonly string[];
  /** The linked evidence files: id and kind (extension, MIME type or `PDF`/`PNG`/...). */
  readonly evidence: readonly { readonly id: string; readonly kind: string }[];
}

/** An answer for the new submission: the claim copied, the verdict back to PENDING. */
export interface CarriedAnswer {
  readonly code: string;
  readonly claimedTier: number;
  readonly basis: string | null;
  readonly rawValue: string | null;
  readonly links: readonly string[];
  /** The same evidence files, linked again (not copied). */
  readonly evidenceIds: readonly string[];
  readonly verdict: 'PENDING';
  readonly verifiedTier: null;
  readonly verifierNote: null;
}

/** The carried answers and what was left behind or changed on the way (WARNING issues). */
export interface CarriedAnswers {
  readonly answers: CarriedAnswer[];
  readonly notes: ValidationIssue[];
}

function carryOne(
  indicator: TSidIndicator,
  edition: TEditionPack,
  answer: SourceAnswer,
  notes: ValidationIssue[],
) {
  const { code } = indicator;
  const note = (issue: string, params: Record<string, string | number> = {}) =>
    notes.push(createIssue(issue, ['indicators', code], 'WARNING', { code, ...params }));
  let claimedTier = answer.claimedTier;
  let basis = indicator.bases ? answer.basis : null;
  let rawValue = answer.rawValue;
  if (basis !== null && !indicator.bases?.some((b) => b.code === basis)) {
    note('CARRY.ANSWER_BASIS_UNKNOWN', { basis });
    [basis, rawValue, claimedTier] = [null, null, 0];
  }
  if (basis !== null && rawValue !== null) {
    // A figure is judged by the target edition's bands, which may differ from the source's.
    const derived = deriveKemanfaatanTier(edition, basis, rawValue);
    if (!derived.ok) {
      note('CARRY.RAW_VALUE_INVALID', { value: rawValue });
      rawValue = null;
    } else if (derived.value.tier !== claimedTier) {
      note('CARRY.TIER_REDERIVED', { claimedTier, derivedTier: derived.value.tier });
      claimedTier = derived.value.tier;
    }
  }
  const links = indicator.evidence.allowsLink === true ? [...answer.links] : [];
  if (links.length < answer.links.length) note('CARRY.LINKS_NOT_ALLOWED');
  const evidenceIds: string[] = [];
  for (const file of answer.evidence) {
    const kind = normalizeFileKind(file.kind);
    if (kind && indicator.evidence.fileKinds.includes(kind)) evidenceIds.push(file.id);
    else note('CARRY.EVIDENCE_KIND_NOT_ALLOWED', { kind: kind ?? file.kind });
  }
  return { code, claimedTier, basis, rawValue, links, evidenceIds };
}

/**
 * The answers of a carried submission (reference §3.5: the claim is the OPD's, the verdict judged last year's
 * evidence): each answer of the source is copied as claimed into the target edition, with its verdict reset to
 * PENDING, the verified tier and the verifier note cleared, and the same evidence files linked again. What the
 * target edition does not accept is left behind with a WARNING note: an unknown indicator
 * (`CARRY.ANSWER_INDICATOR_UNKNOWN`) or tier (`CARRY.ANSWER_TIER_INVALID`), an unknown basis of indicator 33
 * (`CARRY.ANSWER_BASIS_UNKNOWN`: basis, figure and tier cleared), a figure the target bands cannot read
 * (`CARRY.RAW_VALUE_INVALID`), links where none are allowed (`CARRY.LINKS_NOT_ALLOWED`) and file kinds the
 * indicator does not take (`CARRY.EVIDENCE_KIND_NOT_ALLOWED`). A figure is re-banded by the target edition
 * (`CARRY.TIER_REDERIVED` when the tier changes). Empty answers (tier 0, no evidence, no link) are dropped.
 */
export function carryAnswers(edition: TEditionPack, source: readonly SourceAnswer[]): CarriedAnswers {
  const notes: ValidationIssue[] = [];
  const answers: CarriedAnswer[] = [];
  const seen = new Set<string>();
  for (const answer of source) {
    const indicator = edition.sid.find((row) => row.code === answer.code);
    const path = ['indicators', answer.code];
    if (!indicator) {
      notes.push(createIssue('CARRY.ANSWER_INDICATOR_UNKNOWN', path, 'WARNING', { code: answer.code }));
      continue;
    }
    if (!isTier(answer.claimedTier)) {
      const params = { code: answer.code, tier: String(answer.claimedTier) };
      notes.push(createIssue('CARRY.ANSWER_TIER_INVALID', path, 'WARNING', params));
      continue;
    }
    if (seen.has(answer.code)) continue;
    seen.add(answer.code);
    const carried = carryOne(indicator, edition, answer, notes);
    const empty = carried.claimedTier === 0 && carried.evidenceIds.length === 0 && carried.links.length === 0;
    if (empty && carried.basis === null && carried.rawValue === null) continue;
    answers.push({ ...carried, verdict: 'PENDING', verifiedTier: null, verifierNote: null });
  }
  return { answers, notes };
}
