// The innovations sheet of the national form as a plain table (header + rows of text/number cells), shared by
// the XLSX sheet and the CSV file so both always carry the same columns in the same order.
import type { TKeyOf, TResources } from '@inovda/i18n';
import { translate, type TParams } from '@inovda/i18n/catalogue';
import type { TSidIndicator } from '@inovda/domain';
import { type Cell, rupiahCell, x100Cell } from './export-cells.ts';
import { isoDayToDate } from './id-format.ts';
import {
  BENTUK_LABELS,
  INISIATOR_LABELS,
  JENIS_LABELS,
  labelOf,
  RANCANG_BANGUN_SECTIONS,
  STATE_LABELS,
  TAHAPAN_LABELS,
  urusanLabel,
} from './labels.ts';
import type { PackageAnswer, PackageData, PackageInnovation } from './load-package.ts';

export interface Table {
  header: string[];
  rows: Cell[][];
}

/** The parameter text of `tier` for an indicator (indicator 33: the chosen basis's text), '' for tier 0. */
export function parameterText(
  indicator: TSidIndicator,
  answer: Pick<PackageAnswer, 'basis'> | undefined,
  tier: number,
): string {
  if (tier === 0) return '';
  const basis = answer?.basis ? indicator.bases?.find((b) => b.code === answer.basis) : undefined;
  const option = (basis?.options ?? indicator.options).find((o) => o.tier === tier);
  const text = option?.text ?? '';
  return basis ? `[${basis.code}. ${basis.measure}] ${text}` : text;
}

/** A column heading of the table (the catalogue's `documents:table.*`, in Indonesian as the form writes it). */
const heading = (key: TKeyOf<TResources['documents']['table']>, params: TParams = {}) =>
  translate('id', 'documents', `table.${key}`, params);

const PROFILE_HEADER = [
  heading('no'),
  heading('name'),
  heading('unit'),
  heading('tahapan'),
  heading('inisiator'),
  heading('namaInisiator'),
  heading('jenis'),
  heading('bentuk'),
  heading('urusan'),
  heading('urusanLain'),
  heading('waktuUjiCoba'),
  heading('waktuPenerapan'),
  heading('waktuPengembangan'),
  ...RANCANG_BANGUN_SECTIONS.map(([, section]) => heading('rancangBangun', { heading: section })),
  heading('tujuan'),
  heading('manfaat'),
  heading('hasil'),
  heading('anggaran'),
  heading('sumberAnggaran'),
  heading('video'),
  heading('status'),
  heading('claimedMaturity'),
  heading('verifiedMaturity'),
];

function indicatorHeader(indicator: TSidIndicator): string[] {
  const label = `${indicator.code}. ${indicator.name}`;
  return [
    heading('indicatorParameter', { label }),
    heading('indicatorClaimedTier', { label }),
    heading('indicatorVerifiedTier', { label }),
  ];
}

function profileCells(index: number, item: PackageInnovation): Cell[] {
  const p = item.profile;
  return [
    index + 1,
    p.name ?? '',
    item.unit.name,
    labelOf(TAHAPAN_LABELS, p.tahapan),
    labelOf(INISIATOR_LABELS, p.inisiator),
    p.namaInisiator ?? '',
    labelOf(JENIS_LABELS, p.jenis),
    labelOf(BENTUK_LABELS, p.bentuk),
    urusanLabel(p.urusan),
    (p.urusanLain ?? []).map(urusanLabel).join('; '),
    isoDayToDate(p.waktuUjiCoba),
    isoDayToDate(p.waktuPenerapan),
    isoDayToDate(p.waktuPengembangan),
    ...RANCANG_BANGUN_SECTIONS.map(([key]) => p.rancangBangun?.[key] ?? ''),
    p.tujuan ?? '',
    p.manfaat ?? '',
    p.hasil ?? '',
    p.anggaran ? rupiahCell(p.anggaran.jumlah) : '',
    p.anggaran?.sumber ?? '',
    p.videoUrl ?? '',
    labelOf(STATE_LABELS, item.state),
    x100Cell(item.claimedMaturityX100),
    x100Cell(item.verifiedMaturityX100),
  ];
}

/**
 * One row per innovation: the IID profile columns (dates as dates, the budget in rupiah as a number), both
 * maturities (numbers with 2 decimals), then per SID
 * indicator the claimed parameter text, the claimed tier and the verified tier (0 when unanswered).
 */
export function buildInnovationTable(data: PackageData): Table {
  const header = [...PROFILE_HEADER, ...data.pack.sid.flatMap(indicatorHeader)];
  const rows = data.innovations.map((item, index) => [
    ...profileCells(index, item),
    ...data.pack.sid.flatMap((indicator) => {
      const answer = item.answers.get(indicator.code);
      const claimed = answer?.claimedTier ?? 0;
      return [parameterText(indicator, answer, claimed), claimed, answer?.verifiedTier ?? 0];
    }),
  ]);
  return { header, rows };
}
