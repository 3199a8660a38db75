// The Kabupaten Pati demo fixture (public data, copied from shared/fixtures/pati-demo.json so a fresh clone
// has it), read and checked at run time: every parent and innovation unit must exist.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { must } from './must.ts';

type FixtureUnitKind = 'OPD' | 'RSUD' | 'KECAMATAN' | 'PUSKESMAS' | 'UPTD' | 'SEKOLAH';

export interface FixtureUnit {
  name: string;
  short: string;
  kind: FixtureUnitKind;
  parent: string | null;
  urusan: string[];
}

export interface FixtureInnovation {
  name: string;
  expansion: string | null;
  unit: string;
  digital: boolean;
  description: string;
  startYear: number | null;
  source: string;
}

export interface PatiFixture {
  region: { name: string; code: string; province: { name: string; code: string } };
  units: FixtureUnit[];
  innovations: FixtureInnovation[];
  sources: string[];
}

// In the API's production bundle (apps/api/dist) the build copies the fixture to dist/fixtures/.
export const FIXTURE_PATH = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/pati-demo.json');

/** Reads the fixture and checks its references; throws a clear message when it is inconsistent. */
export function loadPatiFixture(path = FIXTURE_PATH): PatiFixture {
  const fixture = JSON.parse(readFileSync(path, 'utf8')) as PatiFixture;
  const shorts = new Set(fixture.units.map((u) => u.short));
  if (shorts.size !== fixture.units.length) throw new Error(`Fixture ${path}: duplicate unit "short" keys`);
  for (const unit of fixture.units) {
    if (unit.parent !== null && !shorts.has(unit.parent)) {
      throw new Error(`Fixture ${path}: unit "${unit.short}" has unknown parent "${unit.parent}"`);
    }
  }
  for (const innovation of fixture.innovations) {
    if (!shorts.has(innovation.unit)) {
      throw new Error(
        `Fixture ${path}: innovation "${innovation.name}" has unknown unit "${innovation.unit}"`,
      );
    }
  }
  return fixture;
}

/** Parents before children, so each unit can reference its parent's id when created. */
export function sortUnitsParentsFirst(units: FixtureUnit[]): FixtureUnit[] {
  const byShort = new Map(units.map((u) => [u.short, u]));
  const depth = (u: FixtureUnit): number =>
    u.parent ? 1 + depth(must(byShort.get(u.parent), `unit ${u.parent}`)) : 0;
  return [...units].sort((a, b) => depth(a) - depth(b));
}
