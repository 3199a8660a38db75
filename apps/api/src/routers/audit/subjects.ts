// What an audit event is about, in names a person knows: the innovation (and indicator) or the unit, user,
// period, package... instead of a model name and a cuid. Resolved per page, a few queries per entity kind.
import type { PrismaClient } from '@inovda/db';
import type { TEditionPack } from '@inovda/domain';
import { loadEditionPack } from '../../services/edition-pack.ts';

export interface TAuditSubject {
  /** The innovation the event is about, when it is about one (answers, submissions, national results). */
  innovationId: string | null;
  innovationName: string | null;
  /** The indicator's code and name, for answers and SPD rows. */
  indicatorCode: string | null;
  indicatorName: string | null;
  /** Any other thing's name: a unit, a user, a period ("IID 2026"), an edition, a file, a package ("#3"). */
  name: string | null;
  /** The assessment year the event belongs to, where known. */
  year: number | null;
}

const EMPTY: TAuditSubject = {
  innovationId: null,
  innovationName: null,
  indicatorCode: null,
  indicatorName: null,
  name: null,
  year: null,
};

type TDb = Pick<
  PrismaClient,
  | 'indicatorAnswer'
  | 'submission'
  | 'innovation'
  | 'nationalResult'
  | 'unit'
  | 'user'
  | 'period'
  | 'packageSnapshot'
  | 'customEdition'
  | 'spdAnswer'
  | 'importFile'
  | 'evidenceFile'
  | 'nationalPeriodResult'
  | 'region'
>;

const periodSelect = { year: true, editionCode: true } as const;
const submissionSelect = {
  innovation: { select: { id: true, name: true } },
  period: { select: periodSelect },
};

/** Resolves the subjects of `events`; an entity deleted since (a discarded import) keeps an empty subject. */
export async function resolveAuditSubjects(
  prisma: TDb,
  regionId: string,
  events: readonly { entity: string; entityId: string }[],
): Promise<Map<string, TAuditSubject>> {
  const idsOf = (entity: string) => [
    ...new Set(events.filter((e) => e.entity === entity).map((e) => e.entityId)),
  ];
  const out = new Map<string, TAuditSubject>();
  const set = (entity: string, id: string, subject: Partial<TAuditSubject>) =>
    out.set(`${entity}:${id}`, { ...EMPTY, ...subject });
  const packs = new Map<string, Promise<TEditionPack | null>>();
  const packOf = (code: string) => {
    if (!packs.has(code))
      packs.set(
        code,
        loadEditionPack(prisma, regionId, code).catch(() => null),
      );
    return packs.get(code)!;
  };
  const inRegion = { regionId };

  const answers = await prisma.indicatorAnswer.findMany({
    where: { id: { in: idsOf('IndicatorAnswer') }, submission: { innovation: inRegion } },
    select: { id: true, code: true, submission: { select: submissionSelect } },
  });
  for (const a of answers) {
    const pack = await packOf(a.submission.period.editionCode);
    set('IndicatorAnswer', a.id, {
      innovationId: a.submission.innovation.id,
      innovationName: a.submission.innovation.name,
      indicatorCode: a.code,
      indicatorName: pack?.sid.find((i) => i.code === a.code)?.name ?? null,
      year: a.submission.period.year,
    });
  }
  const submissions = await prisma.submission.findMany({
    where: { id: { in: idsOf('Submission') }, innovation: inRegion },
    select: { id: true, ...submissionSelect },
  });
  for (const s of submissions) {
    set('Submission', s.id, {
      innovationId: s.innovation.id,
      innovationName: s.innovation.name,
      year: s.period.year,
    });
  }
  const innovations = await prisma.innovation.findMany({
    where: { id: { in: idsOf('Innovation') }, ...inRegion },
    select: { id: true, name: true },
  });
  for (const i of innovations) set('Innovation', i.id, { innovationId: i.id, innovationName: i.name });
  const results = await prisma.nationalResult.findMany({
    where: { id: { in: idsOf('NationalResult') }, submission: { innovation: inRegion } },
    select: { id: true, submission: { select: submissionSelect } },
  });
  for (const r of results) {
    set('NationalResult', r.id, {
      innovationId: r.submission.innovation.id,
      innovationName: r.submission.innovation.name,
      year: r.submission.period.year,
    });
  }
  const spd = await prisma.spdAnswer.findMany({
    where: { id: { in: idsOf('SpdAnswer') }, period: inRegion },
    select: { id: true, code: true, period: { select: periodSelect } },
  });
  for (const s of spd) {
    const pack = await packOf(s.period.editionCode);
    set('SpdAnswer', s.id, {
      indicatorCode: s.code,
      indicatorName: pack?.spd.find((row) => row.code === s.code)?.name ?? null,
      year: s.period.year,
    });
  }
  await resolveNamedThings(prisma, regionId, idsOf, set);
  return out;
}

/** Things known by a name alone: units, users, periods, packages, editions, files, the region. */
async function resolveNamedThings(
  prisma: TDb,
  regionId: string,
  idsOf: (entity: string) => string[],
  set: (entity: string, id: string, subject: Partial<TAuditSubject>) => void,
) {
  const inRegion = { regionId };
  const named = async (
    entity: string,
    rows: Promise<{ id: string; name: string; year?: number | null }[]>,
  ) => {
    for (const row of await rows) set(entity, row.id, { name: row.name, year: row.year ?? null });
  };
  await named(
    'Unit',
    prisma.unit.findMany({
      where: { id: { in: idsOf('Unit') }, ...inRegion },
      select: { id: true, name: true },
    }),
  );
  await named(
    'User',
    prisma.user.findMany({
      where: { id: { in: idsOf('User') }, ...inRegion },
      select: { id: true, name: true },
    }),
  );
  await named(
    'Period',
    prisma.period.findMany({
      where: { id: { in: idsOf('Period') }, ...inRegion },
      select: { id: true, name: true, year: true },
    }),
  );
  await named(
    'CustomEdition',
    prisma.customEdition.findMany({
      where: { id: { in: idsOf('CustomEdition') }, ...inRegion },
      select: { id: true, name: true },
    }),
  );
  await named(
    'Region',
    prisma.region.findMany({
      where: { id: { in: idsOf('Region').filter((id) => id === regionId) } },
      select: { id: true, name: true },
    }),
  );
  const files = await prisma.importFile.findMany({
    where: { id: { in: idsOf('ImportFile') }, ...inRegion },
    select: { id: true, fileName: true },
  });
  for (const f of files) set('ImportFile', f.id, { name: f.fileName });
  const evidence = await prisma.evidenceFile.findMany({
    where: { id: { in: idsOf('EvidenceFile') }, ...inRegion },
    select: { id: true, originalName: true },
  });
  for (const f of evidence) set('EvidenceFile', f.id, { name: f.originalName });
  const snapshots = await prisma.packageSnapshot.findMany({
    where: { id: { in: idsOf('PackageSnapshot') }, ...inRegion },
    select: { id: true, sequence: true, period: { select: { year: true } } },
  });
  for (const s of snapshots) set('PackageSnapshot', s.id, { name: `#${s.sequence}`, year: s.period.year });
  const periodResults = await prisma.nationalPeriodResult.findMany({
    where: { id: { in: idsOf('NationalPeriodResult') }, period: inRegion },
    select: { id: true, period: { select: { name: true, year: true } } },
  });
  for (const r of periodResults)
    set('NationalPeriodResult', r.id, { name: r.period.name, year: r.period.year });
}

/**
 * The entities that belong to an innovation (itself, its submissions, their answers and national results), as an
 * audit filter. Null when the innovation is not in the region: the caller then shows nothing.
 */
export async function innovationAuditWhere(prisma: TDb, regionId: string, innovationId: string) {
  const innovation = await prisma.innovation.findFirst({
    where: { id: innovationId, regionId },
    select: { id: true },
  });
  if (!innovation) return null;
  const submissions = await prisma.submission.findMany({ where: { innovationId }, select: { id: true } });
  const submissionIds = submissions.map((s) => s.id);
  const [answers, results] = await Promise.all([
    prisma.indicatorAnswer.findMany({ where: { submissionId: { in: submissionIds } }, select: { id: true } }),
    prisma.nationalResult.findMany({ where: { submissionId: { in: submissionIds } }, select: { id: true } }),
  ]);
  return {
    OR: [
      { entity: 'Innovation', entityId: innovationId },
      { entity: 'Submission', entityId: { in: submissionIds } },
      { entity: 'IndicatorAnswer', entityId: { in: answers.map((a) => a.id) } },
      { entity: 'NationalResult', entityId: { in: results.map((r) => r.id) } },
    ],
  };
}
