// Which periods of a region use a rule edition, and which of them already hold answers. A custom edition whose
// rules have scored answers is frozen (see the edition router): its scores must stay reproducible.
import type { Prisma, PrismaClient } from '@inovda/db';

type Db = Pick<PrismaClient | Prisma.TransactionClient, 'period' | 'indicatorAnswer' | 'spdAnswer'>;

/** A period on an edition; `answered` when any SID answer of its submissions or any SPD answer exists. */
export interface EditionPeriodUse {
  id: string;
  year: number;
  name: string;
  state: string;
  answered: boolean;
}

/** The region's periods on edition `code`, oldest first, each with whether answers were given under it. */
export async function loadEditionUsage(db: Db, regionId: string, code: string): Promise<EditionPeriodUse[]> {
  const periods = await db.period.findMany({
    where: { regionId, editionCode: code },
    select: { id: true, year: true, name: true, state: true },
    orderBy: { year: 'asc' },
  });
  return Promise.all(
    periods.map(async (period) => {
      const [sid, spd] = await Promise.all([
        db.indicatorAnswer.findFirst({
          where: { submission: { periodId: period.id } },
          select: { id: true },
        }),
        db.spdAnswer.findFirst({ where: { periodId: period.id }, select: { id: true } }),
      ]);
      return { ...period, answered: sid !== null || spd !== null };
    }),
  );
}

/** "2026, 2027": the years of periods, for messages. */
export function listYears(periods: readonly { year: number }[]): string {
  return periods.map((p) => p.year).join(', ');
}
