import type { CompiledEdition } from './compile-edition.ts';

/** The IID predicates, highest first (reference §3.3). */
export const PREDICATES = ['SANGAT_INOVATIF', 'INOVATIF', 'KURANG_INOVATIF', 'TIDAK_DAPAT_DINILAI'] as const;
/** One IID predicate. */
export type Predicate = (typeof PREDICATES)[number];

/** Indonesian labels of the predicates, as BSKDN writes them. */
export const PREDICATE_LABELS: Readonly<Record<Predicate, string>> = {
  SANGAT_INOVATIF: 'Sangat Inovatif',
  INOVATIF: 'Inovatif',
  KURANG_INOVATIF: 'Kurang Inovatif',
  TIDAK_DAPAT_DINILAI: 'Tidak Dapat Dinilai',
};

/**
 * The predicate of an IID already rounded to hundredths, checked highest band first (`>= 65.01` Sangat
 * Inovatif, `>= 40.01` Inovatif, `>= 0.01` Kurang Inovatif, else Tidak Dapat Dinilai for IGA 2026). Bands apply
 * to the rounded value, so nothing falls into a gap of the source text (2023: 34,99 / 35,00), as in SIMONDA [C1].
 */
export function predicateFor(compiled: CompiledEdition, iidX100: number): Predicate {
  const bands = compiled.predicateBands;
  if (iidX100 >= bands.sangatInovatifX100) return 'SANGAT_INOVATIF';
  if (iidX100 >= bands.inovatifX100) return 'INOVATIF';
  if (iidX100 >= bands.kurangInovatifX100) return 'KURANG_INOVATIF';
  return 'TIDAK_DAPAT_DINILAI';
}
