/**
 * floor(a / b) for a non-negative integer a and a positive integer b with a + b a safe integer, exact: the
 * float quotient is off by at most one, and the correction's products (at most a + b) are exact doubles.
 */
export function floorDivide(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/**
 * round(a / b) half up for a non-negative integer a and a positive integer b, exact. Uses doubles while
 * 2a + 3b is a safe integer, bigint beyond.
 */
export function roundHalfUpDivide(a: number, b: number): number {
  // floorDivide(2a + b, 2b) needs (2a + b) + 2b to be safe.
  if (Number.isSafeInteger(2 * a + 3 * b)) return floorDivide(2 * a + b, 2 * b);
  return Number((2n * BigInt(a) + BigInt(b)) / (2n * BigInt(b)));
}
