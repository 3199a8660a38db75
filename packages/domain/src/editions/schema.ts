import { z } from 'zod';
import { ZEvidenceExpectation } from '../evidence/expectation-schema.ts';
import { PACK_TEXTS } from './pack-messages.ts';
import {
  ZBands,
  ZDerivation,
  ZEvidence,
  ZIsoDate,
  ZTierOption,
  provenanceShape,
  sourced,
} from './schema-parts.ts';

const ZWeightX100 = z.number().int(PACK_TEXTS.weightWhole.id).positive(PACK_TEXTS.weightPositive.id);

/** An SPD scoring row (`1`, `2a`, `2b` ... `15`): region-level, filled once per year. */
export const ZSpdRow = z.object({
  code: z.string().regex(/^[1-9][0-9]?[a-z]?$/, PACK_TEXTS.spdCode.id),
  number: z.number().int().min(1),
  name: z.string().min(1),
  variable: z.string().min(1),
  weightX100: ZWeightX100,
  mandatory: z.boolean(),
  options: z.array(ZTierOption).length(3, PACK_TEXTS.threeOptions.id),
  basis: z.string().min(1).optional(),
  evidence: ZEvidence.optional(),
  bands: ZBands.optional(),
  derivation: ZDerivation.optional(),
  needsManualCheck: z.boolean().optional(),
  ...provenanceShape,
});
/** An SPD scoring row. */
export type TSpdRow = z.infer<typeof ZSpdRow>;

/** One measurement basis (*basis ukur*) of indicator 33 Kemanfaatan with its own tiers. */
export const ZKemanfaatanBasis = z.object({
  code: z.string().regex(/^[a-z]$/, PACK_TEXTS.basisCode.id),
  measure: z.string().min(1),
  /** How the basis is measured, verbatim from the source where it gives an explanation (2026: [C7]). */
  explanation: z.string().min(1).optional(),
  options: z.array(ZTierOption).length(3, PACK_TEXTS.threeOptions.id),
  bands: ZBands.optional(),
  evidence: ZEvidence.optional(),
  needsManualCheck: z.boolean().optional(),
  ...provenanceShape,
});
/** One measurement basis of indicator 33. */
export type TKemanfaatanBasis = z.infer<typeof ZKemanfaatanBasis>;

/** A SID indicator (`16`..`35`): filled per innovation. */
export const ZSidIndicator = z.object({
  code: z.string().regex(/^[1-9][0-9]?$/, PACK_TEXTS.sidCode.id),
  number: z.number().int().min(1),
  name: z.string().min(1),
  variable: z.string().min(1),
  /**
   * What the indicator measures, verbatim from the technical guide's *Keterangan* column where a source gives
   * it (2026: [C7]; its *Informasi* text where *Keterangan* only repeats the name); for display beside the
   * options. Absent when no source wording is known.
   */
  explanation: z.string().min(1).optional(),
  weightX100: ZWeightX100,
  mandatory: z.boolean(),
  options: z.array(ZTierOption).length(3, PACK_TEXTS.threeOptions.id),
  evidence: ZEvidence,
  /** Structured evidence expectations beside `evidence.description` (absent: not assessed from documents). */
  expectations: ZEvidenceExpectation.optional(),
  bases: z.array(ZKemanfaatanBasis).min(1).optional(),
  ...provenanceShape,
});
/** A SID indicator. */
export type TSidIndicator = z.infer<typeof ZSidIndicator>;

/** Predicate lower bounds in hundredths of an IID point, checked highest first on the rounded IID. */
export const ZPredicateBands = z.object({
  sangatInovatifX100: z.number().int(),
  inovatifX100: z.number().int(),
  kurangInovatifX100: z.number().int(),
});

/** Edition constants, each with provenance. */
export const ZEditionConstants = z.object({
  minDivisor: sourced(z.number().int().min(1, PACK_TEXTS.minDivisor.id)),
  countWeightX100: sourced(z.number().int().min(0)),
  countCap: sourced(z.number().int().min(0)),
  yandasMin: sourced(z.number().int().min(0).max(6, PACK_TEXTS.yandasMax.id)),
  totalMax: sourced(z.number().int().positive()),
  predicateBands: sourced(ZPredicateBands),
  eligibilityWindow: sourced(z.object({ from: ZIsoDate, to: ZIsoDate })),
  rancangBangunMinWords: sourced(z.number().int().min(0)),
  maxSubmissions: sourced(z.number().int().min(1)),
});
/** Edition constants, each with provenance. */
export type TEditionConstants = z.infer<typeof ZEditionConstants>;

/**
 * A rule pack: everything year-dependent about one IID edition, as data. Built-in packs and custom editions
 * (a Pemda's clone with edited weights or bands) are checked by this same schema, including cross-field rules
 * (unique codes, unique tiers, ordered bands, descending predicates, a consistent total maximum).
 */
export const ZEditionPackBase = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, PACK_TEXTS.editionCode.id),
  name: z.string().min(1),
  assessmentYear: z.number().int().min(2000).max(2100),
  basedOn: z.string().min(1).optional(),
  spd: z.array(ZSpdRow).min(1),
  sid: z.array(ZSidIndicator).min(1),
  constants: ZEditionConstants,
  ...provenanceShape,
});
/** The pack before its cross-field checks. */
export type TEditionPackBase = z.infer<typeof ZEditionPackBase>;

/** A rule pack (see `ZEditionPack` in validate-edition-pack.ts, which adds the cross-field checks). */
export type TEditionPack = TEditionPackBase;
