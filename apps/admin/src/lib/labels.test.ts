import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  PREDICATES,
  REMINDER_MILESTONES,
  ROLES,
  SUBMISSION_STATES,
  WORKFLOW_ACTIONS,
  ZBentuk,
  ZConfidence,
  ZFileKind,
  ZInisiator,
  ZJenis,
  ZKlasifikasi,
  ZTahapan,
  ZVerdict,
} from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import enCommon from '@inovda/i18n/locales/en/common.json';
import idCommon from '@inovda/i18n/locales/id/common.json';

/** Every `enum X { ... }` of the Prisma schema, with its values. */
function prismaEnums(): Record<string, string[]> {
  const schema = readFileSync(
    resolve(import.meta.dirname, '../../../../packages/db/prisma/schema.prisma'),
    'utf8',
  );
  const enums: Record<string, string[]> = {};
  for (const match of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums[match[1]!] = (match[2] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));
  }
  return enums;
}

/** The domain's own code lists, under the group name the UI uses. */
const DOMAIN_ENUMS: Record<string, readonly string[]> = {
  SubmissionState: SUBMISSION_STATES,
  Role: ROLES,
  WorkflowAction: WORKFLOW_ACTIONS,
  Verdict: ZVerdict.options,
  Tahapan: ZTahapan.options,
  Inisiator: ZInisiator.options,
  JenisInovasi: ZJenis.options,
  BentukInovasi: ZBentuk.options,
  Klasifikasi: ZKlasifikasi.options,
  Confidence: ZConfidence.options,
  EvidenceKind: ZFileKind.options,
  ReminderMilestone: REMINDER_MILESTONES,
  Predicate: PREDICATES,
};

const CATALOGUES = { id: idCommon.labels, en: enCommon.labels } as Record<
  string,
  Record<string, Record<string, string>>
>;

describe('domain labels', () => {
  const prisma = prismaEnums();

  it('reads the Prisma schema (the test would pass vacuously otherwise)', () => {
    expect(Object.keys(prisma).length).toBeGreaterThanOrEqual(15);
    expect(prisma['Tahapan']).toEqual(['INISIATIF', 'UJI_COBA', 'PENERAPAN']);
  });

  const all = Object.entries({ ...prisma, ...DOMAIN_ENUMS }).flatMap(([group, values]) =>
    values.map((value) => [group, value] as const),
  );
  it.each(all)('%s.%s has words in Indonesian and English', (group, value) => {
    for (const lng of ['id', 'en']) {
      const label = CATALOGUES[lng]?.[group]?.[value];
      expect(label, `${lng} labels.${group}.${value}`).toBeTruthy();
      // A label that repeats the code would put it back on screen.
      if (value.includes('_')) expect(label).not.toBe(value);
    }
  });

  it('has the Prisma and domain lists agreeing where both exist', () => {
    for (const [group, values] of Object.entries(DOMAIN_ENUMS)) {
      const fromPrisma = prisma[group];
      if (fromPrisma) expect([...values].sort(), group).toEqual([...fromPrisma].sort());
    }
  });
});
