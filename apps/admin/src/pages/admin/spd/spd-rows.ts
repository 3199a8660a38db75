import {
  deriveSpdTier,
  type DerivedTier,
  type SpdRawFigures,
  type TEditionPack,
  type TSpdRow,
  type ValidationIssue,
  type Result,
} from '@inovda/domain';

/** Which raw figures a numeric row asks for: two years for changes and differences, one value for a level. */
export type TFigureField = 't1' | 't2' | 'value';

export interface TSpdFormRow {
  row: TSpdRow;
  /** CHOICE: the admin picks one of the three official options; FIGURES: the tier follows from raw figures. */
  mode: 'CHOICE' | 'FIGURES';
  fields: TFigureField[];
}

/** The edition's SPD rows in official order, each with how its tier is entered. */
export function listSpdFormRows(edition: TEditionPack): TSpdFormRow[] {
  return edition.spd.map((row) => {
    if (!row.bands || !row.derivation) return { row, mode: 'CHOICE', fields: [] };
    const fields: TFigureField[] = row.derivation.kind === 'LEVEL' ? ['value'] : ['t1', 't2'];
    return { row, mode: 'FIGURES', fields };
  });
}

/**
 * The tier of a numeric row from the figures typed so far, with the domain's exact derivation; an empty form
 * is "not yet" (null), a bad or incomplete one is the domain's issue (SPD.RAW_MISSING, SPD.RAW_INVALID,
 * SPD.DIVISION_BY_ZERO).
 */
export function deriveRowTier(
  edition: TEditionPack,
  code: string,
  figures: Partial<Record<TFigureField, string>>,
): Result<DerivedTier, ValidationIssue> | null {
  const raw: SpdRawFigures = Object.fromEntries(
    Object.entries(figures).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  if (Object.keys(raw).length === 0) return null;
  return deriveSpdTier(edition, code, raw);
}
