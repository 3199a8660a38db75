import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/use-language';
import {
  findingText,
  isBelowClaim,
  suggestVerdict,
  type TEvidenceCheckView,
  type TEvidenceFindingView,
} from './evidence-check';
import './evidence-check.css';

type TSuggestion = NonNullable<ReturnType<typeof suggestVerdict>>;

/**
 * What the automatic evidence check says about one answer: still reading, could not read, or which parameter the
 * documents support, with each finding's page and snippet and a mark on figures read by OCR. Advice only: it
 * never blocks. With `onTakeSuggestion` (the verifier) a claim the documents do not support gets one button that
 * fills the verdict form with the suggested downgrade and its note; the verifier still saves (or changes) it.
 * With `onOpenFinding` a finding read at a page of a file gets a link that opens the preview there.
 */
export function EvidenceCheckNote({
  check,
  claimedTier,
  onTakeSuggestion,
  onOpenFinding,
}: {
  check: TEvidenceCheckView | null | undefined;
  claimedTier: number;
  onTakeSuggestion?: (suggestion: TSuggestion) => void;
  onOpenFinding?: (finding: TEvidenceFindingView & { evidenceId: string; page: number }) => void;
}) {
  const { t } = useTranslation('evidence');
  const lng = useLanguage();
  if (!check || claimedTier < 1) return null;
  if (check.status === 'PENDING') {
    return <Alert className="evidence-check" type="info" showIcon title={t('pending')} role="status" />;
  }
  if (check.status !== 'DONE' || check.supportedTier === null) {
    return (
      <Alert
        className="evidence-check"
        type="warning"
        showIcon
        title={t(check.status === 'FAILED' ? 'failed' : 'unreadable')}
      />
    );
  }
  const below = isBelowClaim(check, claimedTier);
  const suggestion = onTakeSuggestion ? suggestVerdict(check, claimedTier, lng) : null;
  const shown = check.findings.filter(
    (f) => f.severity === 'WARNING' || f.code.startsWith('EVIDENCE.FIGURE_'),
  );
  return (
    <Alert
      className="evidence-check"
      type={below ? 'warning' : 'success'}
      showIcon
      title={
        below
          ? t('below', { supported: check.supportedTier, claimed: claimedTier })
          : t('supports', { supported: check.supportedTier })
      }
      description={
        <Flex vertical gap={6}>
          {shown.map((finding, i) => (
            <div key={`${finding.code}-${i}`} className="evidence-check-finding">
              <span>{findingText(finding, lng)}</span>
              {finding.ocr && <Tag color="gold">{t('ocr')}</Tag>}
              {onOpenFinding && finding.evidenceId !== null && finding.page !== null && (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() =>
                    onOpenFinding({
                      ...finding,
                      evidenceId: finding.evidenceId ?? '',
                      page: finding.page ?? 1,
                    })
                  }
                >
                  {t('openAtPage', { page: finding.page })}
                </Button>
              )}
              {finding.snippet && (
                <Typography.Text type="secondary" className="evidence-check-snippet">
                  “{finding.snippet}”
                </Typography.Text>
              )}
            </div>
          ))}
          <Typography.Text type="secondary">{t('advisory')}</Typography.Text>
          {suggestion && (
            <Button size="small" onClick={() => onTakeSuggestion?.(suggestion)}>
              {suggestion.verdict === 'REJECTED'
                ? t('takeReject')
                : t('takeDowngrade', { tier: suggestion.verifiedTier })}
            </Button>
          )}
        </Flex>
      }
    />
  );
}

/**
 * The readiness side panel's line about the evidence check: which indicators the documents support less than
 * claimed. A warning, never a block on submitting.
 */
export function EvidenceCheckSummary({
  answers,
  indicatorNumber,
}: {
  answers: readonly { code: string; claimedTier: number; evidenceCheck?: TEvidenceCheckView | null }[];
  indicatorNumber: (code: string) => number | string;
}) {
  const { t } = useTranslation('evidence');
  const below = answers.filter((a) => isBelowClaim(a.evidenceCheck, a.claimedTier));
  const pending = answers.some((a) => a.evidenceCheck?.status === 'PENDING');
  if (below.length === 0 && !pending) return null;
  return (
    <Alert
      className="evidence-check"
      type={below.length > 0 ? 'warning' : 'info'}
      showIcon
      title={below.length > 0 ? t('summary.title', { count: below.length }) : t('pending')}
      description={
        below.length > 0 && (
          <Flex vertical gap={4}>
            {below.map((a) => (
              <a key={a.code} href={`#indicator-${a.code}`}>
                {t('summary.item', {
                  number: indicatorNumber(a.code),
                  supported: a.evidenceCheck?.supportedTier,
                  claimed: a.claimedTier,
                })}
              </a>
            ))}
            <Typography.Text type="secondary">{t('summary.notBlocking')}</Typography.Text>
          </Flex>
        )
      }
    />
  );
}
