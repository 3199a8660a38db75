// What `auth.me` and `auth.login` return about the signed-in user. `meSelect` describes it (and types it);
// `getMe` reads it in one statement on `fastSqlOf`: through Prisma the same select is three statements (user,
// unit, region), and on PGlite each costs about a millisecond of CPU, which made `auth.me` four statements and
// ~8 ms of CPU per request. `me.int.test.ts` checks both give the same value.
import { fastSqlOf, type Prisma, type PrismaClient } from '@inovda/db';
import { AppError } from '../errors.ts';

export const meSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  lastLoginAt: true,
  unit: { select: { id: true, name: true, short: true, kind: true, parentId: true } },
  region: { select: { id: true, code: true, name: true, timeZone: true } },
} as const;

export type Me = Prisma.UserGetPayload<{ select: typeof meSelect }>;

// Timestamps as epoch milliseconds, unit and region as JSON of text columns (fastSqlOf's contract).
const ME_SQL = `
  SELECT u.id, u.email, u.name, u.role::text AS role, u.locale,
    (extract(epoch FROM u."lastLoginAt") * 1000)::float8 AS "lastLoginAtMs",
    CASE WHEN un.id IS NULL THEN NULL ELSE json_build_object('id', un.id, 'name', un.name, 'short', un.short,
      'kind', un.kind::text, 'parentId', un."parentId") END AS unit,
    json_build_object('id', r.id, 'code', r.code, 'name', r.name, 'timeZone', r."timeZone") AS region
  FROM "User" u
  JOIN "Region" r ON r.id = u."regionId"
  LEFT JOIN "Unit" un ON un.id = u."unitId"
  WHERE u.id = $1`;

type MeRow = Omit<Me, 'lastLoginAt'> & { lastLoginAtMs: number | null };

export async function getMe(prisma: PrismaClient, userId: string): Promise<Me> {
  const [row] = await fastSqlOf(prisma)<MeRow>(ME_SQL, [userId]);
  if (!row) throw new AppError('AUTH.UNAUTHENTICATED');
  const { lastLoginAtMs, ...me } = row;
  return { ...me, lastLoginAt: lastLoginAtMs === null ? null : new Date(lastLoginAtMs) };
}
