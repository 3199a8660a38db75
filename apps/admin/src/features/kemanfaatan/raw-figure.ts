import {
  deriveKemanfaatanTier,
  formatDecimalText,
  formatIssueMessage,
  parseIdNumber,
  type TBands,
  type TEditionPack,
  type TSidIndicator,
} from '@inovda/domain';
import type { TLanguage } from '../../i18n/languages';

/**
 * What typing a figure gives, before it is saved: nothing yet, a text that is not a figure (with the number
 * module's reason in the screen's language, when it is about the writing), or a tier and the figure in machine
 * writing (`text`, what is sent).
 */
export type TRawPreview =
  | { status: 'EMPTY' }
  | { status: 'INVALID'; message?: string }
  | { status: 'OK'; tier: 0 | 1 | 2 | 3; valueX100: number; text: string };

/** The bands of indicator 33's basis in this edition, or undefined when the basis is chosen by tier only. */
export function basisBands(indicator: TSidIndicator, basis: string | null): TBands | undefined {
  return indicator.bases?.find((b) => b.code === basis)?.bands;
}

/**
 * The tier the domain derives from a typed figure under the chosen basis of this edition (the server derives it
 * again on save and stores both; the client's tier is never taken for a figure). The figure is read as people
 * write it in `lng` ('1.000' is one thousand in Indonesian), at most two decimals, never negative.
 */
export function previewRawFigure(
  edition: TEditionPack,
  basis: string | null,
  text: string,
  lng: TLanguage = 'id',
): TRawPreview {
  if (text.trim() === '') return { status: 'EMPTY' };
  if (!basis) return { status: 'INVALID' };
  const parsed = parseIdNumber(text, { lng, maxDecimals: 2, allowNegative: false });
  if (!parsed.ok) {
    return { status: 'INVALID', message: formatIssueMessage(parsed.error.code, parsed.error.params, lng) };
  }
  const derived = deriveKemanfaatanTier(edition, basis, parsed.value.text);
  return derived.ok ? { status: 'OK', ...derived.value, text: parsed.value.text } : { status: 'INVALID' };
}

/** The stored raw figure (JSON on the answer, machine writing) as the screen writes it, or '' when none. */
export function rawFigureText(raw: unknown, lng: TLanguage = 'id'): string {
  if (typeof raw === 'string') return formatDecimalText(raw, lng);
  if (typeof raw === 'number' && Number.isFinite(raw)) return formatDecimalText(String(raw), lng);
  return '';
}
