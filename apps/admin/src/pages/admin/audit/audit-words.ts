import type { TFunction } from 'i18next';
import { labelOf, type TLabelGroup } from '../../../lib/labels';

/** What the page needs of an audit event to say it in words. */
export interface TAuditEventWords {
  action: string;
  entity: string;
  after: unknown;
  subject: {
    innovationName: string | null;
    indicatorCode: string | null;
    indicatorName: string | null;
    name: string | null;
    year: number | null;
  } | null;
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function tierOf(after: unknown): string {
  const tier = field(after, 'verifiedTier');
  return typeof tier === 'number' ? String(tier) : '';
}

/** "indikator 12 ‘Kecepatan penciptaan inovasi’", or "indikator 12" when the name is unknown. */
function indicatorWords(event: TAuditEventWords, t: TFunction): string {
  const code = event.subject?.indicatorCode;
  if (!code) return t('audit.indicatorNoName', { code: '' }).trim();
  const name = event.subject?.indicatorName;
  return name ? t('audit.indicator', { code, name }) : t('audit.indicatorNoName', { code });
}

/**
 * The event as a sentence ("Menolak indikator 12 ‘…’", "Mengembalikan untuk diperbaiki"): never its
 * `area.verb` code. A verdict says which verdict; an action this screen does not know yet reads "Mengubah data".
 */
export function describeAuditAction(event: TAuditEventWords, t: TFunction): string {
  const params = {
    indicator: indicatorWords(event, t),
    name: event.subject?.name ?? '',
    tier: tierOf(event.after),
  };
  const verdict = field(event.after, 'verdict');
  if (event.action === 'review.verdict' && typeof verdict === 'string') {
    return t(`audit.verdicts.${verdict}`, { ...params, defaultValue: t('audit.unknownAction') });
  }
  // The catalogue nests the `area.verb` names (audit.actions.review.verdict), as i18next reads dots.
  const sentence = t(`audit.actions.${event.action}`, { ...params, defaultValue: '' });
  return (typeof sentence === 'string' && sentence ? sentence : t('audit.unknownAction'))
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the event is about: the innovation (with its period year), or the named thing. */
export function describeAuditSubject(event: TAuditEventWords, t: TFunction): string {
  const s = event.subject;
  if (!s) return '';
  const name = s.innovationName ?? s.name ?? '';
  if (!name) return '';
  return s.year && s.innovationName ? t('audit.yearSuffix', { name, year: s.year }) : name;
}

/** Which label group names a changed field's codes. */
function groupOfField(entity: string, name: string): TLabelGroup | undefined {
  switch (name) {
    case 'state':
      return entity === 'Period' ? 'PeriodState' : 'SubmissionState';
    case 'verdict':
      return 'Verdict';
    case 'role':
      return 'Role';
    case 'tahapan':
      return 'Tahapan';
    case 'inisiator':
      return 'Inisiator';
    case 'jenis':
      return 'JenisInovasi';
    case 'bentuk':
      return 'BentukInovasi';
    case 'kind':
      return entity === 'Unit' ? 'UnitKind' : 'EvidenceKind';
    case 'confidence':
      return 'Confidence';
    default:
      return undefined;
  }
}

/** A field's name in words: its label, or its camelCase key split into lower-case words. */
export function fieldWords(name: string, t: TFunction): string {
  const fallback = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return t(`audit.fields.${name}`, { defaultValue: fallback.charAt(0).toUpperCase() + fallback.slice(1) });
}

/** A changed value in words: codes through their labels, yes/no for booleans. */
export function valueWords(entity: string, name: string, value: string, t: TFunction): string {
  if (value === 'true') return t('audit.yes');
  if (value === 'false') return t('audit.no');
  const group = groupOfField(entity, name);
  return group && /^[A-Z][A-Z0-9_]*$/.test(value) ? labelOf(t, group, value) : value;
}
