import { IGA_2026_SPD } from './iga-2026-spd.ts';
import type { TSpdRow } from './schema.ts';

/**
 * SPD rows for editions before 2026. Only the shape is confirmed (3 variables, 15 indicators, max 63 =
 * 25,20 % [P1][P5]); the per-row catalogue is not in the reference, so the 2026 rows are used and every row is
 * marked UNCONFIRMED with a note. Replace with the edition's Lampiran when obtained.
 */
export function buildSpdBefore2026(editionName: string): TSpdRow[] {
  return IGA_2026_SPD.map(({ note, ...row }) => ({
    ...row,
    confidence: 'UNCONFIRMED',
    note: [`Katalog baris ${editionName} tidak ada di referensi; memakai baris 2026.`, note]
      .filter((n): n is string => n !== undefined)
      .join(' '),
  }));
}
