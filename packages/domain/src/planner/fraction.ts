/**
 * Compares a/b with c/d exactly for non-negative integers and positive denominators (-1, 0, 1). Products stay
 * in safe integers for realistic regions; beyond that BigInt keeps the answer exact.
 */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = a * d;
  const right = c * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return Math.sign(left - right);
  const big = BigInt(a) * BigInt(d) - BigInt(c) * BigInt(b);
  return big > 0n ? 1 : big < 0n ? -1 : 0;
}
