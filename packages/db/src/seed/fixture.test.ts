import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../env.ts';
import { INNOVATION_PLANS } from './demo-plan.ts';
import { FIXTURE_PATH, loadPatiFixture, sortUnitsParentsFirst } from './fixture.ts';

describe('the Pati fixture', () => {
  const fixture = loadPatiFixture();

  it('holds the region, 90 units and 17 innovations', () => {
    expect(fixture.region).toMatchObject({ code: '33.18', name: 'Kabupaten Pati' });
    expect([fixture.units.length, fixture.innovations.length]).toEqual([90, 17]);
  });

  it('is the same file as shared/fixtures/pati-demo.json whenever that is next to the clone', () => {
    const shared = join(REPO_ROOT, '../shared/fixtures/pati-demo.json');
    const copies = [FIXTURE_PATH, ...(existsSync(shared) ? [shared] : [])].map((p) =>
      readFileSync(p, 'utf8'),
    );
    expect(new Set(copies).size).toBe(1);
  });

  it('has a demo plan for exactly its innovations, covering every workflow state with kebab-case urusan', () => {
    expect(Object.keys(INNOVATION_PLANS).sort()).toEqual(fixture.innovations.map((i) => i.name).sort());
    const plans = Object.values(INNOVATION_PLANS);
    expect(new Set(plans.map((p) => p.state)).size).toBe(8);
    expect(plans.every((p) => /^[a-z]+(-[a-z]+)*$/.test(p.urusan))).toBe(true);
  });

  it('orders units parents first', () => {
    const order = sortUnitsParentsFirst(fixture.units).map((u) => u.short);
    for (const unit of fixture.units) {
      if (unit.parent) expect(order.indexOf(unit.parent)).toBeLessThan(order.indexOf(unit.short));
    }
  });

  it('rejects a fixture whose references are broken, with the culprit named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inovda-fixture-'));
    try {
      const broken = { ...fixture, innovations: [{ ...fixture.innovations[0]!, unit: 'Dinas Fiktif' }] };
      writeFileSync(join(dir, 'f.json'), JSON.stringify(broken));
      expect(() => loadPatiFixture(join(dir, 'f.json'))).toThrow(
        /BERDENTING" has unknown unit "Dinas Fiktif"/,
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
