import { IGA_2023 } from './iga-2023.ts';
import { IGA_2024 } from './iga-2024.ts';
import { IGA_2026 } from './iga-2026.ts';
import type { TEditionPack } from './schema.ts';

/** Codes of the built-in editions. */
export type BuiltInEditionCode = 'iga-2026' | 'iga-2024' | 'iga-2023';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The built-in rule packs by code, deeply frozen: they are shared by every caller and cached by
 * `compileEdition`, so an accidental edit throws instead of silently changing the rules. Clone
 * (`structuredClone`) to derive a custom edition; custom editions are checked by `validateEditionPack`.
 */
export const EDITIONS: Readonly<Record<BuiltInEditionCode, TEditionPack>> = deepFreeze({
  'iga-2026': IGA_2026,
  'iga-2024': IGA_2024,
  'iga-2023': IGA_2023,
});

/**
 * The built-in pack with this code, or `undefined` for an unknown code (a lookup, not a validation: callers
 * that take a code from users turn `undefined` into their own "unknown edition" message).
 */
export function getEdition(code: string): TEditionPack | undefined {
  return Object.prototype.hasOwnProperty.call(EDITIONS, code)
    ? EDITIONS[code as BuiltInEditionCode]
    : undefined;
}

/** All built-in packs, newest assessment year first. */
export function listEditions(): TEditionPack[] {
  return Object.values(EDITIONS).sort((a, b) => b.assessmentYear - a.assessmentYear);
}
