// Innovation rows: innovation.create's own schema (ZInnovationCreate, the domain's draft profile), a unit of
// the region, a period that still accepts innovations (the procedure's own rule), and no second innovation of
// the same name in the same unit and period (in the database or earlier in the file). The domain's profile
// rules (validateProfile: words, dates, eligibility) are reported as warnings: create does not block on them
// either, readiness does. Written as innovation.create writes: the innovation, its submission, two audit events.
// The natural key is the one of the duplicate rule: the name (trimmed, spaces collapsed, case-insensitive) in
// the unit and the period. In UPSERT mode a row with an existing key updates that innovation's profile as
// innovation.update does (the key columns never change; an empty cell keeps the stored value), but only while
// its submission may be edited (DRAFT or RETURNED) and its period is not closed or archived: otherwise a row
// that would change it is an error (a row that changes nothing is UNCHANGED and fine).
import type { Prisma } from '@inovda/db';
import { isPeriodOpen, type TEditionPack, urusanSlugFromName, validateProfile } from '@inovda/domain';
import { writeAuditMany } from '../audit.ts';
import { innovationDetailSelect, submissionSummarySelect } from '../services/innovation-selects.ts';
import { ZInnovationCreate } from '../services/innovation-create.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { joinProfile, splitProfile } from '../services/innovation-profile.ts';
import { type CellValue, cellDate, cellDecimal, cellInteger, cellText } from './cells.ts';
import { actionOf, refusesExisting } from './changes.ts';
import {
  type InnovationPlan,
  loadExisting,
  lockIssue,
  mergeProfile,
  nameKey,
  profileChanges,
} from './innovation-match.ts';
import { chunksOf, WRITE_CHUNK_ROWS } from './limits.ts';
import { loadUnitsByShort, shortKey, urusanSlugs } from './region-units.ts';
import type { SheetRow } from './read-sheet.ts';
import {
  domainIssue,
  type FieldChange,
  type ImportCheck,
  PARSE_OPTIONS,
  type ImportIssue,
  type ImportTarget,
  type RowOutcome,
  rowIssue,
  zodIssues,
} from './report.ts';

/** Profile path (first one or two segments) -> column. */
const PATH_COLUMN: Record<string, string> = {
  name: 'nama',
  unitId: 'unit',
  periodId: 'tahun',
  urusan: 'urusan',
  tahapan: 'tahapan',
  inisiator: 'inisiator',
  namaInisiator: 'nama_inisiator',
  jenis: 'jenis',
  bentuk: 'bentuk',
  klasifikasi: 'klasifikasi',
  urusanLain: 'urusan_lain',
  tematik: 'tematik',
  astaCita: 'asta_cita',
  pkpn: 'pkpn',
  waktuUjiCoba: 'waktu_uji_coba',
  waktuPenerapan: 'waktu_penerapan',
  waktuPengembangan: 'waktu_pengembangan',
  'rancangBangun.dasarHukum': 'rb_dasar_hukum',
  'rancangBangun.permasalahan': 'rb_permasalahan',
  'rancangBangun.isuStrategis': 'rb_isu_strategis',
  'rancangBangun.metodePembaharuan': 'rb_metode',
  'rancangBangun.keunggulan': 'rb_keunggulan',
  'rancangBangun.tahapanCaraKerja': 'rb_tahapan',
  rancangBangun: 'rb_dasar_hukum',
  tujuan: 'tujuan',
  manfaat: 'manfaat',
  hasil: 'hasil',
  'anggaran.jumlah': 'anggaran_jumlah',
  'anggaran.sumber': 'anggaran_sumber',
  anggaran: 'anggaran_jumlah',
  videoUrl: 'video_url',
  'koordinat.lat': 'lintang',
  'koordinat.lng': 'bujur',
  koordinat: 'lintang',
};

function columnOfPath(path: readonly PropertyKey[]): string | null {
  const two = path.slice(0, 2).map(String).join('.');
  return PATH_COLUMN[two] ?? PATH_COLUMN[String(path[0])] ?? null;
}

/** The Innovation columns' defaults (schema.prisma), which a stored profile has when the row leaves them empty. */
const STORED_DEFAULTS = {
  tahapan: 'INISIATIF',
  inisiator: 'OPD',
  jenis: 'NON_DIGITAL',
  bentuk: 'PELAYANAN_PUBLIK',
} as const;

const upper = (value: CellValue | undefined) =>
  cellText(value)
    ?.toUpperCase()
    .replace(/[\s-]+/g, '_') ?? undefined;

/** The draft profile of a row; cells that are not a date or a number become issues instead. */
function readDraft(cells: SheetRow['cells'], errors: ImportIssue[]): Record<string, unknown> {
  const text = (key: string) => cellText(cells[key]) ?? undefined;
  const date = (key: string) => {
    const value = cells[key];
    const iso = cellDate(value);
    if (iso === undefined)
      errors.push(rowIssue(key, 'IMPORT.INVALID_DATE', { value: cellText(value) ?? '' }));
    return iso ?? undefined;
  };
  const number = (key: string, read: (value: CellValue | undefined) => number | null | undefined) => {
    const value = cells[key];
    const parsed = read(value);
    if (parsed === undefined)
      errors.push(rowIssue(key, 'IMPORT.INVALID_NUMBER', { value: cellText(value) ?? '' }));
    return parsed ?? undefined;
  };
  const rancangBangun = {
    dasarHukum: text('rb_dasar_hukum'),
    permasalahan: text('rb_permasalahan'),
    isuStrategis: text('rb_isu_strategis'),
    metodePembaharuan: text('rb_metode'),
    keunggulan: text('rb_keunggulan'),
    tahapanCaraKerja: text('rb_tahapan'),
  };
  const jumlah = number('anggaran_jumlah', cellInteger);
  const sumber = text('anggaran_sumber');
  const lat = number('lintang', cellDecimal);
  const lng = number('bujur', cellDecimal);
  return {
    name: text('nama'),
    tahapan: upper(cells.tahapan),
    inisiator: upper(cells.inisiator),
    namaInisiator: text('nama_inisiator'),
    jenis: upper(cells.jenis),
    bentuk: upper(cells.bentuk),
    klasifikasi: upper(cells.klasifikasi),
    tematik: text('tematik'),
    astaCita: number('asta_cita', cellInteger),
    pkpn: text('pkpn'),
    waktuUjiCoba: date('waktu_uji_coba'),
    waktuPenerapan: date('waktu_penerapan'),
    waktuPengembangan: date('waktu_pengembangan'),
    rancangBangun: Object.values(rancangBangun).some((v) => v !== undefined) ? rancangBangun : undefined,
    tujuan: text('tujuan'),
    manfaat: text('manfaat'),
    hasil: text('hasil'),
    anggaran: jumlah !== undefined || sumber !== undefined ? { jumlah, sumber } : undefined,
    videoUrl: text('video_url'),
    koordinat: lat !== undefined || lng !== undefined ? { lat, lng } : undefined,
  };
}

interface PeriodInfo {
  id: string;
  year: number;
  state: string;
  pack: TEditionPack;
}

async function loadPeriods(tx: Prisma.TransactionClient, regionId: string): Promise<Map<number, PeriodInfo>> {
  const periods = await tx.period.findMany({
    where: { regionId },
    select: { id: true, year: true, state: true, editionCode: true },
  });
  const byYear = new Map<number, PeriodInfo>();
  for (const period of periods) {
    const pack = await loadEditionPack(tx, regionId, period.editionCode);
    if (!pack) throw new Error(`period ${period.id} refers to unknown edition ${period.editionCode}`);
    byYear.set(period.year, { id: period.id, year: period.year, state: period.state, pack });
  }
  return byYear;
}

export async function validateInnovationRows(
  tx: Prisma.TransactionClient,
  { regionId, mode }: ImportCheck,
  rows: readonly SheetRow[],
): Promise<RowOutcome<InnovationPlan>[]> {
  const [units, periods, existing] = await Promise.all([
    loadUnitsByShort(tx, regionId),
    loadPeriods(tx, regionId),
    loadExisting(tx, regionId),
  ]);
  const firstRowOf = new Map<string, number>();
  return rows.map(({ row, cells }): RowOutcome<InnovationPlan> => {
    const errors: ImportIssue[] = [];
    const warnings: ImportIssue[] = [];
    const draft = readDraft(cells, errors);

    const unitText = cellText(cells.unit);
    const unit = unitText ? units.get(shortKey(unitText)) : undefined;
    if (unitText && !unit) errors.push(rowIssue('unit', 'IMPORT.UNKNOWN_UNIT', { value: unitText }));

    const yearText = cellText(cells.tahun);
    const period = yearText ? periods.get(Number(yearText)) : undefined;
    if (yearText && !period) errors.push(rowIssue('tahun', 'IMPORT.UNKNOWN_PERIOD', { value: yearText }));
    const nameText = cellText(cells.nama);
    const key = unit && period && nameText ? `${unit.id}|${period.id}|${nameKey(nameText)}` : undefined;
    const found = key ? existing.get(key) : undefined;
    const current = found && !refusesExisting(mode) ? found : undefined;
    // New innovations need a period that still accepts them; existing ones follow the edit rule (lockIssue).
    if (period && !current && !isPeriodOpen(period.state))
      errors.push(rowIssue('tahun', 'INNOVATION.PERIOD_CLOSED', { state: period.state }));

    const urusanText = cellText(cells.urusan);
    const urusan = urusanText ? urusanSlugFromName(urusanText) : undefined;
    if (urusanText && !urusan)
      errors.push(rowIssue('urusan', 'IMPORT.UNKNOWN_URUSAN', { value: urusanText }));
    const lain = urusanSlugs(cells.urusan_lain);
    errors.push(...lain.unknown.map((value) => rowIssue('urusan_lain', 'IMPORT.UNKNOWN_URUSAN', { value })));

    const parsed = ZInnovationCreate.safeParse(
      {
        ...draft,
        unitId: unit?.id ?? unitText ?? undefined,
        periodId: period?.id ?? yearText ?? undefined,
        urusan: urusan ?? urusanText ?? undefined,
        urusanLain: lain.unknown.length > 0 ? undefined : lain.slugs,
      },
      PARSE_OPTIONS,
    );
    if (!parsed.success) {
      // A column already reported in the import's own words (an unknown unit, a bad date) is not repeated.
      const reported = new Set(errors.map((issue) => issue.column));
      errors.push(...zodIssues(parsed.error, columnOfPath).filter((issue) => !reported.has(issue.column)));
    }

    if (key && period) {
      const firstRow = firstRowOf.get(key);
      if (found && refusesExisting(mode))
        errors.push(
          rowIssue('nama', 'IMPORT.DUPLICATE_INNOVATION', { value: nameText ?? '', year: period.year }),
        );
      else if (firstRow !== undefined)
        errors.push(rowIssue('nama', 'IMPORT.DUPLICATE_IN_FILE', { value: nameText ?? '', firstRow }));
      else firstRowOf.set(key, row);
    }
    let changes: FieldChange[] = [];
    let profile: InnovationPlan['draft'] | undefined;
    if (parsed.success) {
      const { periodId: _periodId, ...fromRow } = parsed.data;
      if (current) {
        const stored = joinProfile(current);
        const merged = mergeProfile(stored, fromRow, lain.slugs.length > 0);
        changes = profileChanges(stored, merged);
        profile = {
          ...merged,
          name: current.name,
          unitId: current.unitId,
          urusan: merged.urusan ?? current.urusan,
        };
        const locked = changes.length > 0 && period ? lockIssue(current, period.id) : null;
        if (locked) errors.push(locked);
      } else profile = fromRow;
    }
    const match = current ? { entityId: current.id, version: current.version } : null;
    const action = key ? actionOf(current !== undefined, changes) : null;
    if (!parsed.success || !profile || errors.length > 0 || !period)
      return { row, errors, warnings, action, match, changes };
    for (const issue of validateProfile(
      period.pack,
      { ...STORED_DEFAULTS, ...profile },
      { assessmentYear: period.year },
    ))
      warnings.push(domainIssue(columnOfPath(issue.path), issue));
    const value = {
      periodId: period.id,
      draft: profile,
      existing: match && { id: match.entityId, version: match.version },
    };
    return { row, errors, warnings, action, match, changes, value };
  });
}

/** Creates the innovations with their submission in the period (one INSERT each per chunk), audited. */
export async function writeInnovations(
  tx: Prisma.TransactionClient,
  { regionId, audit, importFileId }: ImportTarget,
  plans: readonly InnovationPlan[],
): Promise<number> {
  for (const chunk of chunksOf(plans, WRITE_CHUNK_ROWS)) {
    const innovations = await tx.innovation.createManyAndReturn({
      data: chunk.map(({ draft }) => {
        const { columns, texts } = splitProfile(draft);
        return {
          ...columns,
          name: draft.name,
          urusan: draft.urusan,
          unitId: draft.unitId,
          regionId,
          profile: texts,
          createdById: audit.actor?.id ?? null,
        };
      }),
      select: innovationDetailSelect,
    });
    // PostgreSQL returns the rows of one multi-row INSERT in the order given; checked, not assumed.
    const paired = chunk.map((plan, i) => {
      const innovation = innovations[i];
      if (innovation?.name !== plan.draft.name || innovation.unitId !== plan.draft.unitId)
        throw new Error('innovation import: inserted rows came back in another order');
      return { plan, innovation };
    });
    const submissions = await tx.submission.createManyAndReturn({
      data: paired.map(({ plan, innovation }) => ({ periodId: plan.periodId, innovationId: innovation.id })),
      select: { ...submissionSummarySelect, innovationId: true },
    });
    await writeAuditMany(tx, [
      ...innovations.map((innovation) => ({
        ...audit,
        action: 'innovation.create',
        entity: 'Innovation',
        entityId: innovation.id,
        after: { ...innovation, importFileId },
      })),
      ...submissions.map(({ innovationId: _innovationId, ...submission }) => ({
        ...audit,
        action: 'submission.create',
        entity: 'Submission',
        entityId: submission.id,
        after: { ...submission, importFileId },
      })),
    ]);
  }
  return plans.length;
}
