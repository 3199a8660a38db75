// An innovation's profile is split in storage: the filterable facts are columns, the long texts live in the
// `profile` JSON. These helpers join the two into the domain's draft profile and split a draft back.
import type { Prisma } from '@inovda/db';
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
