import { z } from 'zod';

/**
 * A region-defined standard of maturity that marks an innovation *berstandar* (Pati's word for what every OPD
 * must reach, reference §6.1 [P25]). There is no national minimum (§3.4, UNCONFIRMED), so the region sets it:
 * `minMaturityX100` in hundredths, compared as GREATER_THAN (Kota Padang's "layak kirim di atas 90", [P7]) or
 * AT_LEAST.
 */
export const ZBerstandarStandard = z.object({
  minMaturityX100: z.number().int().min(0, { error: 'Batas kematangan tidak boleh negatif' }),
  comparison: z.enum(['GREATER_THAN', 'AT_LEAST']),
});
/** A region-defined maturity standard. */
export type TBerstandarStandard = z.infer<typeof ZBerstandarStandard>;

/** Kota Padang 2025: verified maturity above 90 [P7]. */
export const PADANG_LAYAK_KIRIM: TBerstandarStandard = { minMaturityX100: 9000, comparison: 'GREATER_THAN' };

/** Whether a verified maturity (integer hundredths) meets the region's standard. */
export function isBerstandar(verifiedMaturityX100: number, standard: TBerstandarStandard): boolean {
  return standard.comparison === 'GREATER_THAN'
    ? verifiedMaturityX100 > standard.minMaturityX100
    : verifiedMaturityX100 >= standard.minMaturityX100;
}
