// An innovation's profile is split in storage: the filterable facts are columns, the long texts live in the
// `profile` JSON. These helpers join the two into the domain's draft profile and split a draft back.
import { Prisma } from '@inovda/db';
import { ZInnovationProfileDraft, type TInnovationProfileDraft } from '@inovda/domain';

export const innovationColumnsSelect = {
  name: true,
  unitId: true,
  tahapan: true,
  inisiator: true,
  jenis: true,
  bentuk: true,
  urusan: true,
  waktuUjiCoba: true,
  waktuPenerapan: true,
  waktuPengembangan: true,
  profile: true,
} as const satisfies Prisma.InnovationSelect;

type Columns = Prisma.InnovationGetPayload<{ select: typeof innovationColumnsSelect }>;

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const toDate = (iso: string | null | undefined) =>
  iso ? new Date(`${iso}T00:00:00.000Z`) : iso === null ? null : undefined;

/** The domain's draft profile of a stored innovation (columns win over the JSON copy). */
export function joinProfile(row: Columns): TInnovationProfileDraft {
  const stored = ZInnovationProfileDraft.safeParse(row.profile);
  return {
    ...(stored.success ? stored.data : {}),
    name: row.name,
    unitId: row.unitId,
    tahapan: row.tahapan,
    inisiator: row.inisiator,
    jenis: row.jenis,
    bentuk: row.bentuk,
    urusan: row.urusan,
    waktuUjiCoba: isoDate(row.waktuUjiCoba),
    waktuPenerapan: isoDate(row.waktuPenerapan),
    waktuPengembangan: isoDate(row.waktuPengembangan),
  };
}

/** Column values and the JSON document for a (validated) draft profile; undefined leaves a column as it is. */
export function splitProfile(draft: TInnovationProfileDraft) {
  const {
    name,
    unitId: _unitId,
    tahapan,
    inisiator,
    jenis,
    bentuk,
    urusan,
    waktuUjiCoba,
    waktuPenerapan,
    waktuPengembangan,
    ...texts
  } = draft;
  return {
    columns: {
      name,
      tahapan,
      inisiator,
      jenis,
      bentuk,
      urusan,
      waktuUjiCoba: toDate(waktuUjiCoba),
      waktuPenerapan: toDate(waktuPenerapan),
      waktuPengembangan: toDate(waktuPengembangan),
    },
    texts,
  };
}

/** The profile kept on an archived submission (`profileSnapshot`, written at carry-over), or null. */
export function archivedProfile(snapshot: Prisma.JsonValue | null): TInnovationProfileDraft | null {
  if (snapshot === null) return null;
  const parsed = ZInnovationProfileDraft.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

/** What `submissionProfile` reads: select it as (part of) a Submission select. */
export const submissionProfileSelect = {
  profileSnapshot: true,
  innovation: { select: innovationColumnsSelect },
} as const satisfies Prisma.SubmissionSelect;

/**
 * The profile a submission's period assessed. The innovation's profile is shared across years and edited in
 * the latest one, so a submission that was carried into a later period reads the snapshot kept at carry-over;
 * any other submission reads the innovation's current profile. Every read that serves one period (exports,
 * package, readiness, detail, dashboards) goes through here.
 */
export function submissionProfile(row: {
  profileSnapshot: Prisma.JsonValue | null;
  innovation: Columns;
}): TInnovationProfileDraft {
  return archivedProfile(row.profileSnapshot) ?? joinProfile(row.innovation);
}

/**
 * SQL for one profile column of a submission's period (same rule as `submissionProfile`): the snapshot's
 * value when there is one, else the innovation's column. `s` and `i` are the Submission and Innovation aliases.
 */
export function submissionProfileColumnSql(column: 'name' | 'urusan'): Prisma.Sql {
  return Prisma.raw(`COALESCE(s."profileSnapshot"->>'${column}', i."${column}")`);
}
