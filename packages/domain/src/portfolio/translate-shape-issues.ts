import type { z } from 'zod';
import { describeValue, makePortfolioIssue, type PortfolioIssue } from './portfolio-issues.ts';

const TIER_MAPS = new Set(['spd', 'indicators']);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const EXPECTED_ID: Record<string, string> = {
  object: 'objek',
  array: 'larik (array)',
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
};

function translateOne(issue: z.core.$ZodIssue, input: unknown): PortfolioIssue[] {
  const path = issue.path;
  const value = valueAt(input, path);
  const shown = describeValue(value);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      makePortfolioIssue(
        'PORTFOLIO.UNKNOWN_KEY',
        [...path, key],
        `Kunci "${key}" tidak dikenal di sini; periksa ejaannya.`,
        `Unknown key "${key}" here; check its spelling.`,
      ),
    );
  }
  const parent = path.at(-2);
  if (typeof parent === 'string' && TIER_MAPS.has(parent) && value !== undefined) {
    return [
      makePortfolioIssue(
        'PORTFOLIO.TIER_OUT_OF_RANGE',
        path,
        `Tingkat harus bilangan bulat 0, 1, 2 atau 3; ditemukan ${shown}.`,
        `Tier must be an integer 0, 1, 2 or 3; found ${shown}.`,
      ),
    ];
  }
  if (value === undefined) {
    return [
      makePortfolioIssue(
        'PORTFOLIO.REQUIRED',
        path,
        'Wajib diisi tetapi tidak ada.',
        'Required but missing.',
      ),
    ];
  }
  if (issue.code === 'too_small' && typeof value === 'string') {
    return [makePortfolioIssue('PORTFOLIO.EMPTY_VALUE', path, 'Tidak boleh kosong.', 'Must not be empty.')];
  }
  if (issue.code === 'invalid_type') {
    const expected = issue.expected;
    return [
      makePortfolioIssue(
        'PORTFOLIO.INVALID_TYPE',
        path,
        `Harus ${EXPECTED_ID[expected] ?? expected}; ditemukan ${shown}.`,
        `Must be ${expected === 'array' ? 'an array' : `a ${expected}`}; found ${shown}.`,
      ),
    ];
  }
  return [makePortfolioIssue('PORTFOLIO.INVALID_TYPE', path, `Nilai tidak valid: ${shown}.`, issue.message)];
}

/** Turns zod's shape issues into portfolio issues with exact paths and bilingual messages. */
export function translateShapeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): PortfolioIssue[] {
  return issues.flatMap((issue) => translateOne(issue, input));
}
