import type { TEditionPack, TSidIndicator } from '@inovda/domain';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidenceCheckNote } from '../../../features/evidence-check/evidence-check-note';
import { rawFigureText } from '../../../features/kemanfaatan/raw-figure';
import { formatScore } from '../../../lib/format';
import type { TFileKind } from '../../../lib/file-kinds';
import { useLanguage } from '../../../lib/use-language';
import { isAnswerComplete, type TAnswerView } from './answer-view';
import { EvidenceList } from './evidence-list';
import { EvidenceUploader } from './evidence-uploader';
import { LinkList } from './link-list';
import { TierChoice } from './tier-choice';
import { VerdictNote } from './verdict-note';
import { IndicatorHistory } from '../../../features/indicator-notes/indicator-history';

export interface TIndicatorActions {
  chooseTier: (code: string, tier: number, basis: string | null) => void;
  /** Indicator 33: save (or, with null, remove) the measured figure under `basis`; the server derives the tier. */
  setRawValue: (code: string, basis: string, raw: string | null, previewTier: number) => void;
  attach: (code: string, evidenceId: string) => void;
  detach: (code: string, evidenceId: string) => void;
  setLinks: (code: string, links: string[]) => void;
}

/**
 * One SID indicator: the official texts to choose from, the evidence it needs and accepts, the files, the
 * upload, and the verifier's verdict and note next to it.
 */
export function IndicatorCard({
  edition,
  indicator,
  answer,
  submissionId,
  editable,
  busy,
  pendingTier,
  actions,
}: {
  /** The period's rule pack (built-in or custom): indicator 33 derives its tier from its bands. */
  edition: TEditionPack;
  indicator: TSidIndicator;
  answer: TAnswerView | undefined;
  submissionId: string;
  editable: boolean;
  busy: boolean;
  /** A choice on its way to the server, shown at once. */
  pendingTier?: number;
  actions: TIndicatorActions;
}) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  const basis = answer?.basis ?? null;
  const evidence = indicator.bases?.find((b) => b.code === basis)?.evidence ?? indicator.evidence;
  const kinds = evidence.fileKinds as TFileKind[];
  const complete = isAnswerComplete(answer, indicator);
  const headingId = `indicator-${indicator.code}-title`;

  return (
    <Card
      id={`indicator-${indicator.code}`}
      className={`indicator-card${complete ? ' is-complete' : ''}`}
      aria-labelledby={headingId}
      title={
        <Flex gap={8} wrap align="center">
          <h3 id={headingId} className="indicator-title">
            {indicator.number}. {indicator.name}
          </h3>
          {indicator.mandatory && <Tag color="red">{t('workspace.mandatory')}</Tag>}
          <Tag>{t('workspace.weight', { weight: formatScore(indicator.weightX100, lng) })}</Tag>
          {busy && (
            <span className="indicator-saving" role="status">
              {t('workspace.saving')}
            </span>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {answer && <VerdictNote answer={answer} />}
        <IndicatorHistory submissionId={submissionId} code={indicator.code} canReply={editable} />
        <TierChoice
          edition={edition}
          indicator={indicator}
          tier={pendingTier ?? answer?.claimedTier ?? 0}
          basis={basis}
          rawValue={rawFigureText(answer?.rawValue, lng)}
          disabled={!editable || busy}
          onChange={(tier, nextBasis) => actions.chooseTier(indicator.code, tier, nextBasis)}
          onRawValue={(nextBasis, raw, previewTier) =>
            actions.setRawValue(indicator.code, nextBasis, raw, previewTier)
          }
        />
        <section aria-label={t('evidence.title')} className="indicator-evidence">
          <Typography.Text strong>{t('evidence.title')}</Typography.Text>
          <p className="indicator-evidence-text">{evidence.description}</p>
          <p className="indicator-evidence-kinds">
            {t('evidence.accepts', { kinds: kinds.join(', ') })}
            {indicator.evidence.allowsLink ? ` ${t('evidence.linkAllowed')}` : ''}
          </p>
          <EvidenceList
            files={answer?.evidence ?? []}
            editable={editable && !busy}
            onDetach={(evidenceId) => actions.detach(indicator.code, evidenceId)}
          />
          <EvidenceCheckNote check={answer?.evidenceCheck} claimedTier={answer?.claimedTier ?? 0} />
          {editable && (
            <EvidenceUploader
              submissionId={submissionId}
              indicatorCode={indicator.code}
              kinds={kinds}
              disabled={busy}
              onUploaded={(evidenceId) => actions.attach(indicator.code, evidenceId)}
            />
          )}
          {indicator.evidence.allowsLink && (
            <LinkList
              links={answer?.links ?? []}
              editable={editable && !busy}
              onChange={(links) => actions.setLinks(indicator.code, links)}
            />
          )}
        </section>
      </Flex>
    </Card>
  );
}
