// Indonesian labels of the profile's enumerations, as the national IID form writes them (reference §5.1).
import { getUrusan } from '@inovda/domain';
import { RESOURCES } from '@inovda/i18n/catalogue';

// The words are the catalogue's (`documents:labels.*`); the exports are written in Indonesian, as the form is.
const LABELS = RESOURCES.id.documents.labels;

export const TAHAPAN_LABELS: Readonly<Record<string, string>> = LABELS.Tahapan;
export const INISIATOR_LABELS: Readonly<Record<string, string>> = LABELS.Inisiator;
export const JENIS_LABELS: Readonly<Record<string, string>> = LABELS.JenisInovasi;
export const BENTUK_LABELS: Readonly<Record<string, string>> = LABELS.BentukInovasi;
export const STATE_LABELS: Readonly<Record<string, string>> = LABELS.SubmissionState;
export const VERDICT_LABELS: Readonly<Record<string, string>> = LABELS.Verdict;

/** The label of a code in `labels`, or the code itself when it has none (never an empty cell). */
export function labelOf(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? code;
}

export function urusanLabel(slug: string | null | undefined): string {
  if (!slug) return '';
  return getUrusan(slug)?.label ?? slug;
}

const SECTIONS = RESOURCES.id.documents.sections;

/** The six rancang bangun sections in the form's order with their headings. */
export const RANCANG_BANGUN_SECTIONS = (
  [
    'dasarHukum',
    'permasalahan',
    'isuStrategis',
    'metodePembaharuan',
    'keunggulan',
    'tahapanCaraKerja',
  ] as const satisfies readonly (keyof typeof SECTIONS)[]
).map((key) => [key, SECTIONS[key]] as const);
