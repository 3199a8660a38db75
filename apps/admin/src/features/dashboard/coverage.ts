/** A unit as the coverage view needs it: where it sits in the tree and how many innovations it has this period. */
export interface TCoverageUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  innovationCount: number;
}

/** OPD = a top-level unit; UPTD = any unit under an OPD (puskesmas, sekolah, kecamatan, RSUD, UPTD). */
export type TCoverageLevel = 'OPD' | 'UPTD';

export interface TCoverageRow extends TCoverageUnit {
  level: TCoverageLevel;
  covered: boolean;
  parentName: string | null;
}

export interface TCoverageTally {
  covered: number;
  total: number;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Pati demands at least one innovation per unit, so a unit with one or more is "covered". */
function toRow(unit: TCoverageUnit, namesById: Map<string, string>): TCoverageRow {
  return {
    ...unit,
    level: unit.parentId === null ? 'OPD' : 'UPTD',
    covered: unit.innovationCount > 0,
    parentName: unit.parentId === null ? null : (namesById.get(unit.parentId) ?? null),
  };
}

/**
 * Orders units for the coverage table: units without an innovation first (they need action), then OPD before
 * UPTD, then by name. The input is not modified.
 */
export function sortCoverage(units: readonly TCoverageUnit[]): TCoverageRow[] {
  const namesById = new Map(units.map((u) => [u.id, u.name]));
  return units
    .map((u) => toRow(u, namesById))
    .sort(
      (a, b) =>
        Number(a.covered) - Number(b.covered) ||
        Number(a.level === 'UPTD') - Number(b.level === 'UPTD') ||
        collator.compare(a.name, b.name),
    );
}

/** Covered / total per level and overall, for the coverage headline and chart. */
export function summarizeCoverage(
  units: readonly TCoverageUnit[],
): Record<TCoverageLevel | 'ALL', TCoverageTally> {
  const tally = {
    OPD: { covered: 0, total: 0 },
    UPTD: { covered: 0, total: 0 },
    ALL: { covered: 0, total: 0 },
  };
  for (const unit of units) {
    const level: TCoverageLevel = unit.parentId === null ? 'OPD' : 'UPTD';
    for (const key of [level, 'ALL'] as const) {
      tally[key].total += 1;
      if (unit.innovationCount > 0) tally[key].covered += 1;
    }
  }
  return tally;
}
