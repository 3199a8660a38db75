import { z } from 'zod';
import { PACK_TEXTS } from './pack-messages.ts';

/** How sure we are of a rule value (legend of reference/iid-rules.md). */
export const ZConfidence = z.enum(['CONFIRMED', 'SECONDARY', 'UNCONFIRMED']);
/** `CONFIRMED` | `SECONDARY` | `UNCONFIRMED`. */
export type TConfidence = z.infer<typeof ZConfidence>;

/** Source keys of reference/iid-rules.md §11 (`P1`, `C1`, `C10-b` ...) or a Pemda's own reference. */
export const ZSourceKeys = z
  .array(z.string().min(1, PACK_TEXTS.sourceKeyEmpty.id))
  .min(1, PACK_TEXTS.sourceMin.id);

/** Fields every rule value carries: where it comes from, how sure we are, and an optional remark. */
export const provenanceShape = {
  source: ZSourceKeys,
  confidence: ZConfidence,
  note: z.string().min(1).optional(),
};

/** A tier (parameter) of an indicator: 1, 2 or 3. Tier 0 means "not filled / not valid" and has no option. */
export const ZOptionTier = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** One selectable parameter text of an indicator. */
export const ZTierOption = z.object({ tier: ZOptionTier, text: z.string().min(1) });
/** One selectable parameter text of an indicator. */
export type TTierOption = z.infer<typeof ZTierOption>;

/**
 * Numeric bands as inclusive cut-points in hundredths. HIGHER_IS_BETTER: tier t when value >= cut t
 * (checked from tier 3 down); LOWER_IS_BETTER: tier t when value <= cut t. `tier1: null` means every value
 * reaches at least tier 1; otherwise a value beyond the tier-1 cut scores 0.
 */
export const ZBands = z.object({
  direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
  unit: z.enum(['PERCENT', 'PERCENT_POINTS', 'POINTS', 'COUNT', 'PERSONS', 'ITEMS', 'PERIODS']),
  cutX100: z.object({
    tier1: z.number().int().nullable(),
    tier2: z.number().int(),
    tier3: z.number().int(),
  }),
});
/** Numeric bands as inclusive cut-points in hundredths. */
export type TBands = z.infer<typeof ZBands>;

/**
 * How an SPD row turns raw figures into the banded value: PERCENT_CHANGE = (T-1 - T-2) / T-2 x 100,
 * DIFFERENCE = T-1 - T-2 or T-2 - T-1 (a decrease as progress), LEVEL = the T-1 value itself.
 */
export const ZDerivation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('PERCENT_CHANGE') }),
  z.object({ kind: z.literal('DIFFERENCE'), order: z.enum(['T1_MINUS_T2', 'T2_MINUS_T1']) }),
  z.object({ kind: z.literal('LEVEL') }),
]);
/** How an SPD row derives its banded value from raw figures. */
export type TDerivation = z.infer<typeof ZDerivation>;

/** Evidence file kinds accepted by the IID application (JPG counts as JPEG). */
export const ZFileKind = z.enum(['PDF', 'JPEG', 'PNG', 'MP4']);
/** `PDF` | `JPEG` | `PNG` | `MP4`. */
export type TFileKind = z.infer<typeof ZFileKind>;

/** Evidence requirement (*bukti dukung*) of an indicator. */
export const ZEvidence = z.object({
  description: z.string().min(1),
  fileKinds: z.array(ZFileKind).min(1, PACK_TEXTS.fileKindMin.id),
  allowsLink: z.boolean().optional(),
  // Evidence rules may be less certain than the indicator itself (e.g. 2024 evidence taken from 2026 [C7]).
  source: ZSourceKeys.optional(),
  confidence: ZConfidence.optional(),
});
/** Evidence requirement (*bukti dukung*) of an indicator. */
export type TEvidence = z.infer<typeof ZEvidence>;

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const ZIsoDate = z.iso.date({ message: PACK_TEXTS.isoDate.id });

/** Wraps an edition constant with its provenance. */
export function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, ...provenanceShape });
}
