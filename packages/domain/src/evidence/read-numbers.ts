/**
 * Indonesian number writing: "1.250" is one thousand two hundred and fifty, "12,5" is twelve and a half,
 * "Rp 125.000.000,00" a rupiah amount. Returns null for anything else.
 */
function parseIndonesianNumber(text: string): number | null {
  const cleaned = text.replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Numbers written in a raw line (with Indonesian separators), in order. */
export function numbersIn(raw: string): number[] {
  const out: number[] = [];
  for (const match of raw.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    const value = parseIndonesianNumber(match[0]);
    if (value !== null) out.push(value);
  }
  return out;
}
