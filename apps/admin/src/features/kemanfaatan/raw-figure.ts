import { deriveKemanfaatanTier, type TBands, type TEditionPack, type TSidIndicator } from '@inovda/domain';

/**
 * A measured figure as a person types it: digits, and at most two decimals after a comma or a point ('350',
 * '12,5'). No thousands separators: in Indonesian '1.000' means one thousand, to the server it is 1.000, so it
 * is refused here rather than read wrongly.
 */
const RAW_FIGURE = /^-?\d{1,12}(?:[.,]\d{1,2})?$/;

/** What typing a figure gives, before it is saved: nothing yet, a text that is not a figure, or a tier. */
export type TRawPreview =
  { status: 'EMPTY' } | { status: 'INVALID' } | { status: 'OK'; tier: 0 | 1 | 2 | 3; valueX100: number };

/** The bands of indicator 33's basis in this edition, or undefined when the basis is chosen by tier only. */
export function basisBands(indicator: TSidIndicator, basis: string | null): TBands | undefined {
  return indicator.bases?.find((b) => b.code === basis)?.bands;
}

/**
 * The tier the domain derives from a typed figure under the chosen basis of this edition (the server derives it
 * again on save and stores both; the client's tier is never taken for a figure).
 */
export function previewRawFigure(edition: TEditionPack, basis: string | null, text: string): TRawPreview {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'EMPTY' };
  if (!basis || !RAW_FIGURE.test(trimmed)) return { status: 'INVALID' };
  const derived = deriveKemanfaatanTier(edition, basis, trimmed);
  return derived.ok ? { status: 'OK', ...derived.value } : { status: 'INVALID' };
}

/** The stored raw figure (JSON on the answer) as text, or '' when there is none. */
export function rawFigureText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number') return String(raw);
  return '';
}
