import { z } from 'zod';
import { ZBands, ZOptionTier, provenanceShape } from '../editions/schema-parts.ts';
import { ZDocumentIssuer, ZDocumentKind } from './document-kinds.ts';

/** A document that counts: its kind and, when it matters, who must have issued it. */
export const ZDocumentMatch = z.object({
  kind: ZDocumentKind,
  issuers: z.array(ZDocumentIssuer).min(1).optional(),
});
/** A document that counts (kind, optional issuers). */
export type TDocumentMatch = z.infer<typeof ZDocumentMatch>;

/** A year offset relative to the assessment year (T-0 = the edition's assessment year, T-2 = two before). */
const ZYearOffset = z.number().int().min(-5).max(0);

/**
 * When a document must be dated. PENERAPAN_YEAR: the year the innovation was put into practice (16: "SK ...
 * ditetapkan sesuai dengan tahun penerapan"); BEFORE_ASSESSMENT_YEAR: enacted before T-0 (16: "Perda dan
 * Perkada ... diatur sebelum tahun 2026"); WITHIN: between two offsets of T-0, inclusive.
 */
export const ZYearRule = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('PENERAPAN_YEAR'),
    appliesTo: z.array(ZDocumentMatch).optional(),
    ...provenanceShape,
  }),
  z.object({
    rule: z.literal('BEFORE_ASSESSMENT_YEAR'),
    appliesTo: z.array(ZDocumentMatch).optional(),
    ...provenanceShape,
  }),
  z.object({
    rule: z.literal('WITHIN'),
    fromOffset: ZYearOffset,
    toOffset: ZYearOffset,
    appliesTo: z.array(ZDocumentMatch).optional(),
    ...provenanceShape,
  }),
]);
/** When a document must be dated. */
export type TYearRule = z.infer<typeof ZYearRule>;

/** Figures read from a document's text. */
export const ZFigureKind = z.enum([
  'PERSONS_LISTED',
  'PERANGKAT_DAERAH',
  'PARTNER_REGIONS',
  'SERVICE_DAYS',
  'BUDGET_RUPIAH',
  'BENEFICIARIES',
  'PERCENT',
  'ITEMS',
  'ACTOR_KINDS',
]);
/** A figure read from a document's text. */
export type TFigureKind = z.infer<typeof ZFigureKind>;

/**
 * How the documents decide the tier.
 * - LADDER: the highest tier with a qualifying document of one of its kinds (16 Perda > Perkada > SK).
 * - YEAR_COVERAGE: which fiscal years (offsets of T-0) the qualifying documents cover (18 anggaran, 21 RKPD).
 * - EVENT_COUNT: events (dated activities) documented by an invitation-type document and an attendance list,
 *   with at least `minCertificates` certificates overall (20 bimtek); the count is banded by `bands`.
 * - FIGURE: a figure read from a qualifying document, banded (17 SDM, 24 PD, 28 days, 31 regions).
 * - KEMANFAATAN: the figure of the chosen measurement basis of 33, banded by that basis's own bands.
 */
export const ZTierRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('LADDER'),
    tiers: z.array(z.object({ tier: ZOptionTier, documents: z.array(ZDocumentMatch).min(1) })).min(1),
    ...provenanceShape,
  }),
  z.object({
    kind: z.literal('YEAR_COVERAGE'),
    documents: z.array(ZDocumentMatch).min(1),
    tiers: z
      .array(z.object({ tier: ZOptionTier, anyOf: z.array(z.array(ZYearOffset).min(1)).min(1) }))
      .min(1),
    ...provenanceShape,
  }),
  z.object({
    kind: z.literal('EVENT_COUNT'),
    invitations: z.array(ZDocumentMatch).min(1),
    attendance: z.array(ZDocumentMatch).min(1),
    certificates: z.array(ZDocumentMatch).min(1),
    minCertificates: z.number().int().min(0),
    bands: ZBands,
    ...provenanceShape,
  }),
  z.object({
    kind: z.literal('FIGURE'),
    documents: z.array(ZDocumentMatch).min(1),
    figure: ZFigureKind,
    /** MAX: the best single document counts (one SK lists the team); DISTINCT: distinct values over all. */
    aggregate: z.enum(['MAX', 'DISTINCT']),
    bands: ZBands,
    ...provenanceShape,
  }),
  z.object({ kind: z.literal('KEMANFAATAN'), documents: z.array(ZDocumentMatch).min(1), ...provenanceShape }),
]);
/** How the documents decide the tier. */
export type TTierRule = z.infer<typeof ZTierRule>;

/**
 * Structured evidence expectations of a SID indicator, beside its `evidence.description` text: which documents
 * support which tier, the year rules, whether the document must name the innovation, and the figures read for a
 * person to confirm. Every part carries its own source and confidence; where the guide is silent the part is
 * UNCONFIRMED. Custom editions edit these like any other rule value (checked by `validateEditionPack`).
 */
export const ZEvidenceExpectation = z.object({
  tierRule: ZTierRule,
  namesInnovation: z.object({
    required: z.boolean(),
    /** Documents that need not name the innovation when a qualifying naming document accompanies them. */
    companionFor: z.array(ZDocumentMatch).optional(),
    ...provenanceShape,
  }),
  years: z.array(ZYearRule).optional(),
  /** Figures shown for information (e.g. the budget amount of 18), not used for the tier. */
  infoFigures: z.array(ZFigureKind).optional(),
  ...provenanceShape,
});
/** Structured evidence expectations of a SID indicator. */
export type TEvidenceExpectation = z.infer<typeof ZEvidenceExpectation>;
