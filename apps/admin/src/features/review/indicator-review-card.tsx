import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TSidIndicator, scoreRowX100 } from '@inovda/domain';
import type { TEvidenceCheckView } from '../evidence-check/evidence-check';
import { EvidenceCheckNote } from '../evidence-check/evidence-check-note';
import { rawFigureText } from '../kemanfaatan/raw-figure';
import { formatScore } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { TEvidenceFocus } from './evidence-focus';
import { EvidenceViewer, type TEvidenceFileView } from './evidence-viewer';
import { describeClaim } from './indicator-text';
import type { TVerdictDraft } from './review-score';
import type { TVerdictForm } from './verdict-form';
import { VerdictFormView } from './verdict-form-view';
import { IndicatorHistory } from '../indicator-notes/indicator-history';

/** One answer as `innovation.byId` returns it (the fields the review needs). */
export interface TAnswerView {
  id: string;
  code: string;
  claimedTier: number;
  basis: string | null;
  /** Indicator 33's measured figure, from which the server derived the claimed tier. */
  rawValue?: unknown;
  links: string[];
  verdict: 'PENDING' | 'ACCEPTED' | 'DOWNGRADED' | 'REJECTED';
  verifiedTier: number | null;
  verifierNote: string | null;
  version: number;
  evidence: TEvidenceFileView[];
  /** What the automatic evidence check says (null where documents cannot say). */
  evidenceCheck?: TEvidenceCheckView | null;
}

const VERDICT_COLOURS = {
  PENDING: 'default',
  ACCEPTED: 'green',
  DOWNGRADED: 'orange',
  REJECTED: 'red',
} as const;

export interface TIndicatorReviewCardProps {
  indicator: TSidIndicator;
  answer: TAnswerView | undefined;
  canJudge: boolean;
  onDraft: (code: string, draft: TVerdictDraft | null) => void;
  onSave: (answer: TAnswerView, values: TVerdictForm) => Promise<unknown>;
  /** The submission under review: its per-indicator note history is shown on each card. */
  submissionId?: string;
}

/** An indicator under review: what was claimed (the official text), its evidence, the verdict and its form. */
export function IndicatorReviewCard({
  indicator,
  answer,
  canJudge,
  onDraft,
  onSave,
  submissionId,
}: TIndicatorReviewCardProps) {
  const { t } = useTranslation(['verifier', 'common', 'editions']);
  const lng = useLanguage();
  const claim = describeClaim(indicator, answer?.basis ?? null);
  const chosenBasis = indicator.bases?.find((b) => b.code === answer?.basis);
  const rawFigure = rawFigureText(answer?.rawValue, lng);
  // The chosen basis of indicator 33 names its own evidence; other indicators have one rule.
  const evidenceRule = chosenBasis?.evidence ?? indicator.evidence;
  const claimedTier = answer?.claimedTier ?? 0;
  const weight = (tier: number) => formatScore(scoreRowX100(indicator.weightX100, tier), lng);
  // A suggestion taken from the evidence check refills the verdict form (a new key remounts it); not saved yet.
  const [suggested, setSuggested] = useState<{ form: TVerdictForm; n: number } | null>(null);
  // The finding whose page the preview shows (clicked in the evidence check below the files).
  const [focus, setFocus] = useState<TEvidenceFocus | null>(null);
  return (
    <Card
      id={`indicator-${indicator.code}`}
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {indicator.number}. {indicator.name}
          {indicator.mandatory && (
            <Tag color="purple" style={{ marginLeft: 8 }}>
              {t('indicator.mandatory')}
            </Tag>
          )}
        </span>
      }
      extra={
        answer && <Tag color={VERDICT_COLOURS[answer.verdict]}>{t(`common:verdict.${answer.verdict}`)}</Tag>
      }
    >
      <Descriptions column={1} size="small" bordered>
        {claim.basisMeasure && (
          <Descriptions.Item label={t('indicator.basis')}>{claim.basisMeasure}</Descriptions.Item>
        )}
        {rawFigure !== '' && chosenBasis?.bands && (
          <Descriptions.Item label={t('indicator.rawFigure')}>
            {t('indicator.rawFigureValue', {
              value: rawFigure,
              unit: t(`editions:editor.bandUnit.${chosenBasis.bands.unit}`),
              tier: claimedTier,
            })}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('indicator.claimed')}>
          {claimedTier === 0 ? (
            <Typography.Text type="secondary">{t('indicator.notFilled')}</Typography.Text>
          ) : (
            <>
              <strong>
                {t('indicator.tier', { tier: claimedTier })} · {weight(claimedTier)} {t('indicator.points')}
              </strong>
              <div>{claim.optionText(claimedTier)}</div>
            </>
          )}
        </Descriptions.Item>
        {answer?.verdict === 'DOWNGRADED' && answer.verifiedTier !== null && (
          <Descriptions.Item label={t('indicator.verifiedTier')}>
            {t('indicator.tier', { tier: answer.verifiedTier })} · {claim.optionText(answer.verifiedTier)}
          </Descriptions.Item>
        )}
        {answer?.verifierNote && (
          <Descriptions.Item label={t('indicator.note')}>{answer.verifierNote}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('indicator.evidenceRequired')}>
          {evidenceRule.description}
          <div style={{ fontSize: 12, color: '#666' }}>{evidenceRule.fileKinds.join(', ')}</div>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('indicator.evidence')}
      </Typography.Title>
      <EvidenceViewer files={answer?.evidence ?? []} links={answer?.links ?? []} focus={focus} />
      <EvidenceCheckNote
        check={answer?.evidenceCheck}
        claimedTier={claimedTier}
        onTakeSuggestion={canJudge ? (form) => setSuggested({ form, n: (suggested?.n ?? 0) + 1 }) : undefined}
        onOpenFinding={(finding) => {
          setFocus({
            evidenceId: finding.evidenceId,
            page: finding.page,
            snippet: finding.snippet,
            n: (focus?.n ?? 0) + 1,
          });
        }}
      />
      {submissionId && (
        <IndicatorHistory
          submissionId={submissionId}
          code={indicator.code}
          canReply={false}
          answerVersion={answer?.version}
        />
      )}
      {canJudge && answer && claimedTier > 0 && (
        <Flex vertical style={{ marginTop: 16, borderTop: '1px solid #f0f0f0', paddingTop: 16 }}>
          <VerdictFormView
            key={`${answer.id}-${answer.version}-${suggested?.n ?? 0}`}
            code={indicator.code}
            claimedTier={claimedTier}
            initial={
              suggested?.form ?? {
                verdict: answer.verdict === 'PENDING' ? 'ACCEPTED' : answer.verdict,
                verifiedTier: answer.verifiedTier,
                note: answer.verifierNote ?? '',
              }
            }
            optionText={claim.optionText}
            onDraft={onDraft}
            onSave={(values) => onSave(answer, values)}
          />
        </Flex>
      )}
    </Card>
  );
}
