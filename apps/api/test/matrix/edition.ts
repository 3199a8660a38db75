// Matrix entries of the custom rule-edition lifecycle (detail, update, validate, delete). Writes are the ADMIN's;
// each ADMIN acts on an edition of its own region (region B's ADMIN on region B's), so both are allowed, while
// every other role is refused before any data is touched. (list, byCode and createCustom are in innovation.ts.)
import type { Harness } from '../harness.ts';
import { allowOnly, type MatrixTable } from './types.ts';

const admins = allowOnly('admin', 'otherRegion');
let counter = 0;

/** A fresh custom edition (clone of iga-2026) in the actor's region, or region A's for non-admins. */
async function freshEdition(h: Harness, regionId: string): Promise<{ code: string; version: number }> {
  counter += 1;
  const code = `matriks-${counter}`;
  const row = await h.prisma.customEdition.create({
    data: { regionId, code, name: `Matriks ${counter}`, baseCode: 'iga-2026', pack: {} },
    select: { code: true, version: true },
  });
  return row;
}

const regionOf = (h: Harness, actor: string) => (actor === 'otherRegion' ? h.otherRegion.id : h.region.id);

export const editionEntries: MatrixTable = {
  'edition.detail': { input: () => ({ code: 'iga-2026' }), expect: admins },
  'edition.update': {
    // A name-only edit of a stored clone: allowed for the ADMIN of the edition's region.
    input: async (h, actor) => {
      const { code, version } = await freshEdition(h, regionOf(h, actor));
      const pack = await h.callerFor('admin').edition.byCode({ code: 'iga-2026' });
      await h.prisma.customEdition.updateMany({ where: { code }, data: { pack } });
      return { code, version, name: 'Matriks diubah' };
    },
    expect: admins,
  },
  'edition.validate': {
    input: async (h) => ({ pack: await h.callerFor('admin').edition.byCode({ code: 'iga-2026' }) }),
    expect: admins,
  },
  'edition.delete': {
    input: async (h, actor) => freshEdition(h, regionOf(h, actor)),
    expect: admins,
  },
};
