import {
  createIssue,
  deriveSpdTier,
  err,
  parseIdNumber,
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
 * The typed figures in machine writing ('2.012' -> '2012', '1.250.000,50' -> '1250000.5'), read in the screen's
 * language by the shared number module; the first unreadable one is its NUMBER.* issue on that field.
 */
export function readFigures(
  figures: Partial<Record<TFigureField, string>>,
  lng: 'id' | 'en' = 'id',
): Result<Partial<Record<TFigureField, string>>, ValidationIssue> {
  const read: Partial<Record<TFigureField, string>> = {};
  for (const [field, text] of Object.entries(figures) as [TFigureField, string | undefined][]) {
    if (text === undefined || text.trim() === '') continue;
    const parsed = parseIdNumber(text, { lng });
    if (!parsed.ok) return err(createIssue(parsed.error.code, [field], 'ERROR', parsed.error.params));
    read[field] = parsed.value.text;
  }
  return { ok: true, value: read };
}

/**
 * The tier of a numeric row from the figures typed so far, with the domain's exact derivation; an empty form
 * is "not yet" (null), an unreadable figure its NUMBER.* issue, a bad or incomplete set the domain's issue
 * (SPD.RAW_MISSING, SPD.DIVISION_BY_ZERO).
 */
export function deriveRowTier(
  edition: TEditionPack,
  code: string,
  figures: Partial<Record<TFigureField, string>>,
  lng: 'id' | 'en' = 'id',
): Result<DerivedTier, ValidationIssue> | null {
  const read = readFigures(figures, lng);
  if (!read.ok) return read;
  const raw: SpdRawFigures = read.value;
  if (Object.keys(raw).length === 0) return null;
  return deriveSpdTier(edition, code, raw);
}
