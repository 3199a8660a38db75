// The region's units by short code (case-insensitive), the key every import uses to name a unit.
import type { Prisma } from '@inovda/db';
import { urusanSlugFromName } from '@inovda/domain';
import { type CellValue, cellList } from './cells.ts';

export interface RegionUnit {
  id: string;
  short: string;
  name: string;
  kind: string;
}

export const shortKey = (short: string) => short.trim().toLocaleLowerCase('id');

export async function loadUnitsByShort(
  tx: Prisma.TransactionClient,
  regionId: string,
): Promise<Map<string, RegionUnit>> {
  const units = await tx.unit.findMany({
    where: { regionId },
    select: { id: true, short: true, name: true, kind: true },
  });
  return new Map(units.map((unit) => [shortKey(unit.short), unit]));
}

/**
 * Urusan slugs of a list cell: each item by name or slug (urusanSlugFromName); an item that is not one may be
 * several slugs or names joined by commas. Unknown items are returned for the report.
 */
export function urusanSlugs(value: CellValue | undefined): { slugs: string[]; unknown: string[] } {
  const slugs: string[] = [];
  const unknown: string[] = [];
  for (const item of cellList(value)) {
    const slug = urusanSlugFromName(item);
    if (slug) {
      slugs.push(slug);
      continue;
    }
    const parts = item
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const partSlugs = parts.flatMap((part) => urusanSlugFromName(part) ?? []);
    if (parts.length > 1 && partSlugs.length === parts.length) slugs.push(...partSlugs);
    else unknown.push(item);
  }
  return { slugs: [...new Set(slugs)], unknown };
}
