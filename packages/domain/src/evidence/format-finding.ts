import { type MessageLanguage, formatIssueMessage } from '../messages/issue-messages.ts';
import type { IssueMessage } from '../messages/message-types.ts';
import {
  DOCUMENT_ISSUER_LABELS,
  DOCUMENT_KIND_LABELS,
  ZDocumentIssuer,
  ZDocumentKind,
} from './document-kinds.ts';
import { ZFigureKind, type TFigureKind } from './expectation-schema.ts';
import type { EvidenceFinding } from './types.ts';

/** Plain names of the figures read from documents. */
export const FIGURE_LABELS: Readonly<Record<TFigureKind, IssueMessage>> = {
  PERSONS_LISTED: { id: 'jumlah SDM tercantum', en: 'people listed' },
  PERANGKAT_DAERAH: { id: 'jumlah Perangkat Daerah', en: 'departments involved' },
  PARTNER_REGIONS: { id: 'jumlah daerah yang mereplikasi', en: 'regions that replicated' },
  SERVICE_DAYS: { id: 'lama layanan dalam hari', en: 'service time in days' },
  BUDGET_RUPIAH: { id: 'anggaran (Rp)', en: 'budget (Rp)' },
  BENEFICIARIES: { id: 'jumlah penerima manfaat', en: 'beneficiaries' },
  PERCENT: { id: 'persentase', en: 'percentage' },
  ITEMS: { id: 'jumlah produk', en: 'products' },
  ACTOR_KINDS: {
    id: 'jumlah unsur aktor (akademisi, bisnis, komunitas, pemerintah, media)',
    en: 'kinds of actors (academia, business, community, government, media)',
  },
};

/** "KEPUTUSAN@KEPALA_DAERAH|KEPALA_PD_AN_KD" -> "Surat Keputusan Kepala Daerah atau Kepala Perangkat Daerah ...". */
function matchWords(code: unknown, language: MessageLanguage): string[] {
  const [kindCode, issuerCodes] = String(code).split('@');
  const kind = ZDocumentKind.safeParse(kindCode);
  if (!kind.success) return [];
  const label = DOCUMENT_KIND_LABELS[kind.data][language];
  const issuers = (issuerCodes ?? '').split('|').flatMap((i) => {
    const issuer = ZDocumentIssuer.safeParse(i);
    return issuer.success ? [DOCUMENT_ISSUER_LABELS[issuer.data][language]] : [];
  });
  if (issuers.length === 0) return [label];
  return [
    `${label} ${language === 'id' ? 'oleh' : 'by'} ${issuers.join(language === 'id' ? ' atau ' : ' or ')}`,
  ];
}

function kindWords(value: unknown, language: MessageLanguage): string | null {
  if (!Array.isArray(value)) return null;
  const names = value.flatMap((v) => matchWords(v, language));
  return names.join(language === 'id' ? ' atau ' : ' or ');
}

function numberWords(value: unknown, language: MessageLanguage): string | null {
  if (typeof value !== 'number') return null;
  // Indonesian digit grouping ("1.250", "12,5") by hand: the domain has no Intl dependency on locale data.
  const [whole, fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, language === 'id' ? '.' : ',');
  return fraction ? `${grouped}${language === 'id' ? ',' : '.'}${fraction}` : grouped;
}

/**
 * The message of an evidence finding in a language: document kinds and figure names in words, numbers written
 * the Indonesian way in Indonesian, no code left on screen.
 */
export function formatEvidenceFinding(finding: EvidenceFinding, language: MessageLanguage = 'id'): string {
  const params: Record<string, string | number | readonly string[]> = { ...finding.params };
  const kinds = kindWords(finding.params['expectedKinds'], language);
  if (kinds !== null) params['expectedKinds'] = kinds;
  const figure = ZFigureKind.safeParse(finding.params['figure']);
  if (figure.success) params['figure'] = FIGURE_LABELS[figure.data][language];
  const value = numberWords(finding.params['value'], language);
  if (value !== null) params['value'] = value;
  return formatIssueMessage(finding.code, params, language);
}
