// Region, unit tree, demo users and the 2026 period of the demo. seedDemo calls it only on an empty database;
// the lookups by natural key keep it safe should it ever meet existing rows (it never overwrites one).
import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { sortUnitsParentsFirst, type PatiFixture } from './fixture.ts';
import type { SeedCounts } from './types.ts';
import { must } from './must.ts';

type Tx = Prisma.TransactionClient;

export const DEMO_YEAR = 2026;
export const DEMO_EDITION = 'iga-2026';
// 23:59:59 WIB (UTC+7) on 15 June 2026.
export const DEMO_INTERNAL_DEADLINE = new Date('2026-06-15T16:59:59.000Z');

export interface SeededBase {
  regionId: string;
  periodId: string;
  unitIds: Map<string, string>;
  userIds: Map<string, string>;
}

export async function seedBase(
  tx: Tx,
  fixture: PatiFixture,
  passwordHashes: ReadonlyMap<string, string>,
  created: SeedCounts,
): Promise<SeededBase> {
  const { region: r } = fixture;
  let region = await tx.region.findUnique({ where: { code: r.code } });
  if (!region) {
    region = await tx.region.create({
      data: { code: r.code, name: r.name, provinceCode: r.province.code, provinceName: r.province.name },
    });
    created.regions++;
  }
  const regionId = region.id;

  const existing = await tx.unit.findMany({ where: { regionId }, select: { id: true, short: true } });
  const unitIds = new Map(existing.map((u) => [u.short, u.id]));
  for (const unit of sortUnitsParentsFirst(fixture.units)) {
    if (unitIds.has(unit.short)) continue;
    const row = await tx.unit.create({
      data: {
        regionId,
        kind: unit.kind,
        name: unit.name,
        short: unit.short,
        urusan: unit.urusan,
        parentId: unit.parent ? must(unitIds.get(unit.parent), `unit ${unit.parent}`) : null,
      },
    });
    unitIds.set(unit.short, row.id);
    created.units++;
  }

  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    let user = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (!user) {
      const passwordHash = passwordHashes.get(account.email);
      if (!passwordHash) throw new Error(`Seed: no password hash prepared for ${account.email}`);
      user = await tx.user.create({
        data: {
          regionId,
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash,
          unitId: account.unitShort
            ? must(unitIds.get(account.unitShort), `unit ${account.unitShort}`)
            : null,
        },
        select: { id: true },
      });
      created.users++;
    }
    userIds.set(account.email, user.id);
  }

  let period = await tx.period.findUnique({ where: { regionId_year: { regionId, year: DEMO_YEAR } } });
  if (!period) {
    period = await tx.period.create({
      data: {
        regionId,
        year: DEMO_YEAR,
        name: `Penilaian Indeks Inovasi Daerah ${DEMO_YEAR}`,
        editionCode: DEMO_EDITION,
        state: 'OPEN',
        internalDeadline: DEMO_INTERNAL_DEADLINE,
      },
    });
    created.periods++;
  }
  return { regionId, periodId: period.id, unitIds, userIds };
}
