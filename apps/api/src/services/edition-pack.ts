// The rule pack of a period: a built-in edition from the domain, or the region's custom edition (stored as
// JSON, validated by the domain's schema when written and again when read, since the schema may have grown).
import type { PrismaClient } from '@inovda/db';
import { getEdition, validateEditionPack, type TEditionPack } from '@inovda/domain';

/** The pack with `code` for a region, or null when no built-in or custom edition has that code. */
export async function loadEditionPack(
  prisma: Pick<PrismaClient, 'customEdition'>,
  regionId: string,
  code: string,
): Promise<TEditionPack | null> {
  const builtIn = getEdition(code);
  if (builtIn) return builtIn;
  const custom = await prisma.customEdition.findUnique({
    where: { regionId_code: { regionId, code } },
    select: { pack: true },
  });
  if (!custom) return null;
  const checked = validateEditionPack(custom.pack);
  if (!checked.ok) {
    // Written only through edition.createCustom, which validates: a failure here is a broken invariant.
    throw new Error(`Edisi kustom ${code} tersimpan tidak valid / stored custom edition ${code} is invalid`);
  }
  return checked.value;
}
