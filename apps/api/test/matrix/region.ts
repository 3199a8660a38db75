// Matrix entries of the region settings: everyone signed in reads their own region; only an ADMIN changes it,
// and always its own (the ADMIN of region B changes region B).
import { allowOnly, type MatrixTable, SIGNED_IN } from './types.ts';

export const regionEntries: MatrixTable = {
  'region.get': { expect: allowOnly(...SIGNED_IN) },
  'region.update': {
    input: async (h, actor) => {
      const regionId = actor === 'otherRegion' ? h.otherRegion.id : h.region.id;
      const { version, timeZone } = await h.prisma.region.findUniqueOrThrow({ where: { id: regionId } });
      // A real change each time (WIB <-> WITA), so an allowed call writes and bumps the version.
      return { version, timeZone: timeZone === 'Asia/Makassar' ? 'Asia/Jakarta' : 'Asia/Makassar' };
    },
    expect: allowOnly('admin', 'otherRegion'),
  },
};
