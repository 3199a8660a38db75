import { IGA_2026_SID_16_20 } from './iga-2026-sid-16-20.ts';
import { IGA_2026_SID_21_25 } from './iga-2026-sid-21-25.ts';
import { IGA_2026_SID_26_30 } from './iga-2026-sid-26-30.ts';
import { IGA_2026_SID_31_35 } from './iga-2026-sid-31-35.ts';
import { IGA_2026_EXPECTATIONS } from '../evidence/expectations-2026.ts';
import type { TSidIndicator } from './schema.ts';

/** IGA 2026 SID indicators 16..35 in order (reference §4.2/§4.3), with their evidence expectations. */
export const IGA_2026_SID: TSidIndicator[] = [
  ...IGA_2026_SID_16_20,
  ...IGA_2026_SID_21_25,
  ...IGA_2026_SID_26_30,
  ...IGA_2026_SID_31_35,
].map((indicator) => {
  const expectations = IGA_2026_EXPECTATIONS[indicator.code];
  return expectations ? { ...indicator, expectations } : indicator;
});
