/** A score typed by a person: digits, optionally a comma or point and at most two decimals ('90', '90,5'). */
const SCORE_TEXT = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/**
 * Parses a typed score into exact hundredths without floating point: '90,5' -> 9050, '0.05' -> 5.
 * Returns null for anything else (a third decimal, letters, a sign).
 */
export function parseScoreX100(text: string): number | null {
  const match = SCORE_TEXT.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '0').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** The inverse for a form's initial value: 9050 -> '90,50' in Indonesian, '90.50' in English. */
export function scoreX100ToInput(x100: number, decimal: ',' | '.'): string {
  return `${Math.trunc(x100 / 100)}${decimal}${String(x100 % 100).padStart(2, '0')}`;
}
