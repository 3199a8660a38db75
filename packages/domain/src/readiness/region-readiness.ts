import type { TEditionPack } from '../editions/schema.ts';
import { type ValidationIssue, createIssue, hasBlockingIssue } from '../issues.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';
import type { ReadinessReport } from './innovation-readiness.ts';

/** What region readiness looks at: the innovations to send, the SPD tiers and the units expected to innovate. */
export interface RegionReadinessInput {
  readonly innovations: readonly { readonly id: string; readonly urusan: string; readonly unitId: string }[];
  readonly spd: Readonly<Record<string, number>>;
  readonly units: readonly { readonly id: string }[];
}

/**
 * Report-time checks of a region (reference §5.2 item 7, §3.2, §6.1): fewer innovations than k
 * (`REGION.BELOW_MIN_DIVISOR`, the average is still divided by k), yandas coverage below the minimum
 * (`REGION.YANDAS_INSUFFICIENT` with the missing slugs; the count score becomes 0), SPD rows without a tier
 * (`REGION.SPD_INCOMPLETE`, ERROR when a mandatory row is missing), unknown SPD codes, and units without an
 * innovation (`REGION.UNITS_WITHOUT_INNOVATION`, Pati's "every OPD/UPTD at least one").
 */
export function checkRegionReadiness(edition: TEditionPack, input: RegionReadinessInput): ReadinessReport {
  const c = edition.constants;
  const issues: ValidationIssue[] = [];
  const n = input.innovations.length;
  const k = c.minDivisor.value;
  if (n < k) issues.push(createIssue('REGION.BELOW_MIN_DIVISOR', ['innovations'], 'WARNING', { n, k }));
  const urusan = new Set(input.innovations.map((i) => i.urusan));
  const missing = YANDAS_URUSAN.filter((slug) => !urusan.has(slug));
  const covered = YANDAS_URUSAN.length - missing.length;
  if (covered < c.yandasMin.value) {
    issues.push(
      createIssue('REGION.YANDAS_INSUFFICIENT', ['innovations'], 'WARNING', {
        covered,
        min: c.yandasMin.value,
        missing,
      }),
    );
  }
  for (const code of Object.keys(input.spd)) {
    if (!edition.spd.some((row) => row.code === code)) {
      issues.push(createIssue('REGION.UNKNOWN_SPD_ROW', ['spd', code], 'ERROR', { code }));
    }
  }
  const empty = edition.spd.filter((row) => !input.spd[row.code]);
  if (empty.length > 0) {
    const mandatoryCodes = empty.filter((row) => row.mandatory).map((row) => row.code);
    const severity = mandatoryCodes.length > 0 ? 'ERROR' : 'WARNING';
    issues.push(
      createIssue('REGION.SPD_INCOMPLETE', ['spd'], severity, {
        codes: empty.map((r) => r.code),
        mandatoryCodes,
      }),
    );
  }
  const withInnovation = new Set(input.innovations.map((i) => i.unitId));
  const unitIds = input.units.filter((unit) => !withInnovation.has(unit.id)).map((unit) => unit.id);
  if (unitIds.length > 0) {
    issues.push(
      createIssue('REGION.UNITS_WITHOUT_INNOVATION', ['units'], 'WARNING', {
        unitIds,
        count: unitIds.length,
      }),
    );
  }
  return { issues, blocking: hasBlockingIssue(issues) };
}
