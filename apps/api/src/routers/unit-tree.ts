// Helpers of unit.list: which period counts, and the flat rows folded into a tree with counts.
import type { PrismaClient } from '@inovda/db';

export interface UnitRow {
  id: string;
  parentId: string | null;
}

export type UnitNode<T extends UnitRow> = T & {
  innovationCount: number;
  innovationTotal: number;
  children: UnitNode<T>[];
};

/**
 * The period whose counts unit.list shows: the one asked for (if it is in the region), else the region's
 * latest OPEN or REVIEW period, else its latest period of any state, else none.
 */
export async function resolveActivePeriodId(
  prisma: PrismaClient,
  regionId: string,
  periodId?: string,
): Promise<string | null> {
  if (periodId) {
    const period = await prisma.period.findFirst({ where: { id: periodId, regionId }, select: { id: true } });
    return period?.id ?? null;
  }
  const running = await prisma.period.findFirst({
    where: { regionId, state: { in: ['OPEN', 'REVIEW'] } },
    orderBy: { year: 'desc' },
    select: { id: true },
  });
  if (running) return running.id;
  const latest = await prisma.period.findFirst({
    where: { regionId },
    orderBy: { year: 'desc' },
    select: { id: true },
  });
  return latest?.id ?? null;
}

/** Folds rows into a forest; a row whose parent is not in the list (out of scope or inactive) becomes a root. */
export function buildUnitTree<T extends UnitRow>(
  rows: T[],
  totals: { unitId: string; _count: { _all: number } }[],
  inPeriod: { unitId: string; _count: { _all: number } }[],
): UnitNode<T>[] {
  const total = new Map(totals.map((row) => [row.unitId, row._count._all]));
  const period = new Map(inPeriod.map((row) => [row.unitId, row._count._all]));
  const nodes = new Map<string, UnitNode<T>>(
    rows.map((row) => [
      row.id,
      {
        ...row,
        innovationCount: period.get(row.id) ?? 0,
        innovationTotal: total.get(row.id) ?? 0,
        children: [],
      },
    ]),
  );
  const roots: UnitNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
