import { tierFromBands } from '../editions/bands.ts';
import type { TBands } from '../editions/schema-parts.ts';
import type { TKemanfaatanBasis } from '../editions/schema.ts';
import type { TDocumentMatch, TFigureKind, TTierRule } from './expectation-schema.ts';
import {
  type AssessContext,
  disqualifications,
  documentYear,
  finding,
  matchCode,
  matchesAny,
} from './qualify.ts';
import { type ReadFigure, readFigure } from './read-figures.ts';
import { toLines } from './text-lines.ts';
import type { EvidenceFinding } from './types.ts';

type Tier = 0 | 1 | 2 | 3;
type Doc = AssessContext['docs'][number];

/** The tier a rule gives, and the findings that explain it (problems of documents, figures read). */
export interface RuleOutcome {
  readonly tier: Tier;
  readonly findings: EvidenceFinding[];
  /** Why the tier is below the claim, when it is (filled by the rule that knows). */
  readonly lower: (claimed: Tier) => EvidenceFinding | null;
}

type PagesOf = (doc: Doc) => Parameters<typeof toLines>[0];

/** Documents of the accepted kinds that count, with the problems of those that do not. */
function qualifying(
  ctx: AssessContext,
  matches: readonly TDocumentMatch[],
  companions: readonly TDocumentMatch[] = [],
) {
  const accepted = ctx.docs.filter((d) => matchesAny(d.facts, matches));
  const namesAndYears = (d: Doc) => disqualifications(ctx, d, false).length === 0;
  const companion = (d: Doc) =>
    ctx.docs.some(
      (o) =>
        o.index !== d.index && matchesAny(o.facts, companions) && o.facts.namesInnovation && namesAndYears(o),
    );
  const problems: EvidenceFinding[] = [];
  const good = accepted.filter((d) => {
    const found = disqualifications(ctx, d, companion(d));
    problems.push(...found);
    return found.length === 0;
  });
  return { good, problems };
}

function ladder(ctx: AssessContext, rule: Extract<TTierRule, { kind: 'LADDER' }>): RuleOutcome {
  const all = rule.tiers.flatMap((t) => t.documents);
  const { good, problems } = qualifying(ctx, all, all);
  const tierOf = (d: Doc) =>
    Math.max(0, ...rule.tiers.filter((t) => matchesAny(d.facts, t.documents)).map((t) => t.tier)) as Tier;
  const bestDoc = good.reduce<Doc | null>((a, d) => (a && tierOf(a) >= tierOf(d) ? a : d), null);
  const tier = bestDoc ? tierOf(bestDoc) : 0;
  return {
    tier,
    findings: problems,
    lower(claimed) {
      const wanted = rule.tiers.find((t) => t.tier === claimed);
      const shown = bestDoc ?? ctx.docs.find((d) => d.facts.kind !== null) ?? null;
      // A document of the claimed kind that does not count is explained by its own problems above.
      if (!wanted || ctx.docs.some((d) => matchesAny(d.facts, wanted.documents))) return null;
      return finding('EVIDENCE.LOWER_KIND', shown?.index ?? null, shown?.facts.title ?? null, {
        supported: tier,
        claimed,
        found: shown?.facts.title?.text ?? '-',
        expectedKinds: wanted.documents.map(matchCode),
      });
    },
  };
}

function coverage(ctx: AssessContext, rule: Extract<TTierRule, { kind: 'YEAR_COVERAGE' }>): RuleOutcome {
  const { good, problems } = qualifying(ctx, rule.documents);
  const offsets = new Set<number>();
  for (const d of good) {
    const year = d.facts.fiscalYear ?? documentYear(d.facts);
    if (year) offsets.add(year.value - ctx.assessmentYear);
  }
  const covers = (set: readonly number[]) => set.every((o) => offsets.has(o));
  const tier = Math.max(0, ...rule.tiers.filter((t) => t.anyOf.some(covers)).map((t) => t.tier)) as Tier;
  const years = [...offsets].sort((a, b) => a - b).map((o) => String(ctx.assessmentYear + o));
  return {
    tier,
    findings: problems,
    lower(claimed) {
      const wanted = rule.tiers.find((t) => t.tier === claimed)?.anyOf[0] ?? [];
      return finding('EVIDENCE.LOWER_YEARS', null, null, {
        supported: tier,
        claimed,
        years,
        needed: wanted.map((o) => String(ctx.assessmentYear + o)),
      });
    },
  };
}

function events(ctx: AssessContext, rule: Extract<TTierRule, { kind: 'EVENT_COUNT' }>): RuleOutcome {
  const { good, problems } = qualifying(ctx, [...rule.invitations, ...rule.attendance, ...rule.certificates]);
  const dates = (matches: readonly TDocumentMatch[]) =>
    new Set(
      good
        .filter((d) => matchesAny(d.facts, matches) && d.facts.eventDate)
        .map((d) => d.facts.eventDate?.value),
    );
  const invited = dates(rule.invitations);
  const count = [...dates(rule.attendance)].filter((date) => invited.has(date)).length;
  const certificates = good.filter((d) => matchesAny(d.facts, rule.certificates)).length;
  const enough = certificates >= rule.minCertificates;
  const tier = enough && count > 0 ? tierFromBands(rule.bands, count * 100) : 0;
  const findings = [...problems];
  if (!enough)
    findings.push(finding('EVIDENCE.CERTIFICATE_MISSING', null, null, { min: rule.minCertificates }));
  return {
    tier,
    findings,
    lower: (claimed) => finding('EVIDENCE.LOWER_EVENTS', null, null, { supported: tier, claimed, count }),
  };
}

function figureOutcome(
  ctx: AssessContext,
  matches: readonly TDocumentMatch[],
  figure: TFigureKind,
  bands: TBands,
  aggregate: 'MAX' | 'DISTINCT',
  pagesOf: PagesOf,
): RuleOutcome {
  const { good, problems } = qualifying(ctx, matches);
  const read = good
    .map((d) => ({ d, f: readFigure(figure, toLines(pagesOf(d)), ctx.innovation.regionName) }))
    .filter((x): x is { d: Doc; f: ReadFigure } => x.f !== null);
  const findings = [...problems];
  for (const { d, f } of read) {
    const params = { file: d.name, value: f.value, figure };
    findings.push(
      finding(
        f.ocr ? 'EVIDENCE.FIGURE_OCR' : 'EVIDENCE.FIGURE_READ',
        d.index,
        f,
        params,
        f.ocr ? 'WARNING' : 'INFO',
      ),
    );
  }
  if (good.length > 0 && read.length === 0)
    findings.push(finding('EVIDENCE.FIGURE_MISSING', good[0]?.index ?? null, null, { figure }));
  let value: number | null = null;
  let at: { d: Doc; f: ReadFigure } | null = null;
  if (aggregate === 'DISTINCT') {
    const keys = new Set(read.flatMap((x) => x.f.keys ?? []));
    value = read.length > 0 ? keys.size : null;
    at = read[0] ?? null;
  } else {
    for (const x of read) {
      if (!at || tierFromBands(bands, x.f.value * 100) > tierFromBands(bands, at.f.value * 100)) at = x;
    }
    value = at?.f.value ?? null;
  }
  const tier = value === null ? 0 : tierFromBands(bands, Math.round(value * 100));
  return {
    tier,
    findings,
    lower: (claimed) =>
      finding('EVIDENCE.LOWER_FIGURE', at?.d.index ?? null, at?.f ?? null, {
        supported: tier,
        claimed,
        value: value ?? '-',
        figure,
      }),
  };
}

const BASIS_FIGURE: Partial<Record<TBands['unit'], TFigureKind>> = {
  PERSONS: 'BENEFICIARIES',
  PERCENT: 'PERCENT',
  ITEMS: 'ITEMS',
  COUNT: 'BENEFICIARIES',
};

/** Evaluates the tier rule of an indicator over the read documents. */
export function evaluateRule(
  ctx: AssessContext,
  rule: TTierRule,
  pagesOf: PagesOf,
  basis: TKemanfaatanBasis | null,
): RuleOutcome | null {
  switch (rule.kind) {
    case 'LADDER':
      return ladder(ctx, rule);
    case 'YEAR_COVERAGE':
      return coverage(ctx, rule);
    case 'EVENT_COUNT':
      return events(ctx, rule);
    case 'FIGURE':
      return figureOutcome(ctx, rule.documents, rule.figure, rule.bands, rule.aggregate, pagesOf);
    case 'KEMANFAATAN': {
      const figure = basis?.bands ? BASIS_FIGURE[basis.bands.unit] : undefined;
      if (!basis?.bands || !figure) return null;
      return figureOutcome(ctx, rule.documents, figure, basis.bands, 'MAX', pagesOf);
    }
  }
}
