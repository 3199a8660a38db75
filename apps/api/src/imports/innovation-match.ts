// The update side of innovation rows: an existing innovation found by the natural key (name in the unit and
// period), its stored profile merged with the row's filled cells, the changes by column, the edit rule (the
// submission must be DRAFT or RETURNED and the periods not closed or archived), and the versioned write.
import type { Prisma } from '@inovda/db';
import { canEditAnswers, type TInnovationProfileDraft } from '@inovda/domain';
import { changedFields, writeAuditMany } from '../audit.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { innovationDetailSelect } from '../services/innovation-selects.ts';
import { isArchivedPeriod } from '../services/archive.ts';
import { innovationColumnsSelect, splitProfile } from '../services/innovation-profile.ts';
import { collectChanges } from './changes.ts';
import { updateEachAudited } from './update-audited.ts';
import { type FieldChange, type ImportIssue, type ImportTarget, rowIssue } from './report.ts';

/** One checked row of an innovation import: the draft it writes and the innovation it updates, if any. */
export interface InnovationPlan {
  periodId: string;
  draft: TInnovationProfileDraft & { name: string; unitId: string; urusan: string };
  /** The innovation an UPDATE row changes, at the version the check read; null for a new one. */
  existing: { id: string; version: number } | null;
}

/** The duplicate rule's form of a name: trimmed, inner spaces collapsed, case-insensitive. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

type Draft = TInnovationProfileDraft;

/** The draft profile by report column (the key columns nama, unit and tahun left out): what updates compare. */
function profileByColumn(draft: Draft): [string, unknown][] {
  const rb = draft.rancangBangun ?? {};
  return [
    ['urusan', draft.urusan],
    ['tahapan', draft.tahapan],
    ['inisiator', draft.inisiator],
    ['nama_inisiator', draft.namaInisiator],
    ['jenis', draft.jenis],
    ['bentuk', draft.bentuk],
    ['klasifikasi', draft.klasifikasi],
    ['urusan_lain', draft.urusanLain],
    ['tematik', draft.tematik],
    ['asta_cita', draft.astaCita],
    ['pkpn', draft.pkpn],
    ['waktu_uji_coba', draft.waktuUjiCoba],
    ['waktu_penerapan', draft.waktuPenerapan],
    ['waktu_pengembangan', draft.waktuPengembangan],
    ['rb_dasar_hukum', rb.dasarHukum],
    ['rb_permasalahan', rb.permasalahan],
    ['rb_isu_strategis', rb.isuStrategis],
    ['rb_metode', rb.metodePembaharuan],
    ['rb_keunggulan', rb.keunggulan],
    ['rb_tahapan', rb.tahapanCaraKerja],
    ['tujuan', draft.tujuan],
    ['manfaat', draft.manfaat],
    ['hasil', draft.hasil],
    ['anggaran_jumlah', draft.anggaran?.jumlah],
    ['anggaran_sumber', draft.anggaran?.sumber],
    ['video_url', draft.videoUrl],
    ['lintang', draft.koordinat?.lat],
    ['bujur', draft.koordinat?.lng],
  ];
}

/** The stored profile with the row's filled cells over it (rancang bangun section by section). */
export function mergeProfile(stored: Draft, fromRow: Draft, urusanLainGiven: boolean): Draft {
  const merged: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(fromRow) as [string, unknown][]) {
    if (value === undefined || field === 'name' || field === 'unitId') continue;
    if (field === 'urusanLain' && !urusanLainGiven) continue;
    merged[field] = value;
  }
  if (fromRow.rancangBangun) {
    const given = (Object.entries(fromRow.rancangBangun) as [string, unknown][]).filter(
      ([, text]) => text !== undefined,
    );
    merged.rancangBangun = { ...stored.rancangBangun, ...Object.fromEntries(given) };
  }
  return merged;
}

export function profileChanges(stored: Draft, next: Draft): FieldChange[] {
  const after = new Map(profileByColumn(next));
  return collectChanges(
    profileByColumn(stored).map(([column, before]) => [column, before, after.get(column)]),
  );
}

const existingSelect = {
  id: true,
  version: true,
  ...innovationColumnsSelect,
  submissions: {
    select: { periodId: true, state: true, period: { select: { year: true, state: true } } },
    orderBy: { period: { year: 'desc' } },
  },
} as const satisfies Prisma.InnovationSelect;
export type ExistingInnovation = Prisma.InnovationGetPayload<{ select: typeof existingSelect }>;

/** The region's innovations by `unitId|periodId|name` (one entry per period it is in), for the natural key. */
export async function loadExisting(
  tx: Prisma.TransactionClient,
  regionId: string,
): Promise<Map<string, ExistingInnovation>> {
  const rows = await tx.innovation.findMany({ where: { regionId }, select: existingSelect });
  const byKey = new Map<string, ExistingInnovation>();
  for (const row of rows)
    for (const s of row.submissions) byKey.set(`${row.unitId}|${s.periodId}|${nameKey(row.name)}`, row);
  return byKey;
}

/** Why an existing innovation may not be changed through `periodId`'s row, or null when it may. */
export function lockIssue(innovation: ExistingInnovation, periodId: string): ImportIssue | null {
  const own = innovation.submissions.find((s) => s.periodId === periodId);
  const latest = innovation.submissions[0];
  // The profile is shared across years: the row's own period and the latest one must both allow edits.
  for (const s of [own, latest]) {
    if (!s) continue;
    const params = { value: innovation.name, year: s.period.year, state: s.period.state };
    if (isArchivedPeriod(s.period.state)) return rowIssue('nama', 'IMPORT.INNOVATION_ARCHIVED', params);
  }
  for (const s of [own, latest]) {
    if (s && !canEditAnswers(s.state, 'ADMIN'))
      return rowIssue('nama', 'IMPORT.INNOVATION_LOCKED', { value: innovation.name, state: s.state });
  }
  return null;
}

/**
 * Updates the changed innovations' profiles as innovation.update does (columns, and the JSON texts merged over
 * the stored ones) at the version the check read; an EDIT.CONFLICT rolls the whole import back.
 */
export async function updateInnovations(
  tx: Prisma.TransactionClient,
  { regionId, audit, importFileId }: ImportTarget,
  plans: readonly InnovationPlan[],
): Promise<number> {
  const targets = plans.map(({ draft, existing }) => {
    if (!existing) throw new Error('innovation import: an update without its innovation');
    return { draft, existing };
  });
  const events = await updateEachAudited({
    plans: targets,
    idOf: ({ existing }) => existing.id,
    readAll: (ids) => tx.innovation.findMany({ where: { id: { in: ids } }, select: innovationDetailSelect }),
    update: async ({ draft, existing }, before) => {
      const storedTexts =
        typeof before.profile === 'object' && before.profile !== null && !Array.isArray(before.profile)
          ? before.profile
          : {};
      const { columns, texts } = splitProfile(draft);
      await updateVersioned('Innovation', existing, (where) =>
        tx.innovation.updateMany({
          where: { ...where, regionId },
          data: { ...columns, profile: { ...storedTexts, ...texts }, version: { increment: 1 } },
        }),
      );
    },
    event: (before, after) => {
      // Only the changed fields, as in the form's edit (innovation.update).
      const changed = changedFields(before, after);
      return {
        ...audit,
        action: 'innovation.update',
        entity: 'Innovation',
        before: changed.before,
        after: { ...(changed.after as object), importFileId },
      };
    },
  });
  await writeAuditMany(tx, events);
  return plans.length;
}
