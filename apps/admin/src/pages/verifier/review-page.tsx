import { ArrowLeftOutlined } from '@ant-design/icons';
import { canGiveVerdict } from '@inovda/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Affix, Alert, App, Card, Col, Flex, Grid, Row, Skeleton, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { StateBadge } from '../../components/state-badge';
import { listSidIndicators } from '../../features/review/indicator-text';
import { CarryOverPanel, showsCarryOverPanel } from '../../features/review/carry-over-panel';
import { IndicatorReviewCard, type TAnswerView } from '../../features/review/indicator-review-card';
import { ProfileSummary } from '../../features/review/profile-summary';
import { ReviewActions, type TReviewMove } from '../../features/review/review-actions';
import { ReviewSendActions } from '../../features/send/review-send-actions';
import { scoreReview, type TVerdictDraft } from '../../features/review/review-score';
import { ScoreCompare } from '../../features/review/score-compare';
import { toVerdictInput, type TVerdictForm } from '../../features/review/verdict-form';
import { useTRPC } from '../../lib/trpc';
import { useEditionPack } from '../../lib/use-edition-pack';
import { useSession } from '../../lib/use-session';
import { hasPendingCheck } from '../../features/evidence-check/evidence-check';

/** The review of one innovation: profile, every indicator with its claim, evidence and verdict, the live score. */
export default function ReviewPage() {
  const { t } = useTranslation(['verifier', 'common']);
  const { innovationId = '' } = useParams();
  const [params] = useSearchParams();
  const periodId = params.get('period') ?? undefined;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { user } = useSession();
  // On wide screens the score and decision stay in view beside the indicators; on phones they follow them.
  const wide = Boolean(Grid.useBreakpoint().lg);
  const detail = useQuery({
    ...trpc.innovation.byId.queryOptions({ id: innovationId, periodId }),
    refetchInterval: (query) => (hasPendingCheck(query.state.data?.submission?.answers) ? 5_000 : false),
  });
  const [drafts, setDrafts] = useState<ReadonlyMap<string, TVerdictDraft>>(new Map());
  const onDraft = useCallback((code: string, draft: TVerdictDraft | null) => {
    setDrafts((prev) => {
      if (!draft && !prev.has(code)) return prev;
      const next = new Map(prev);
      if (draft) next.set(code, draft);
      else next.delete(code);
      return next;
    });
  }, []);

  const invalidate = () => queryClient.invalidateQueries(trpc.innovation.pathFilter());
  const verdict = useMutation(trpc.review.verdict.mutationOptions({ onSuccess: invalidate }));
  const startReview = useMutation(trpc.review.startReview.mutationOptions({ onSuccess: invalidate }));
  const returnForRevision = useMutation(
    trpc.review.returnForRevision.mutationOptions({ onSuccess: invalidate }),
  );
  const approve = useMutation(trpc.review.approve.mutationOptions({ onSuccess: invalidate }));
  const reject = useMutation(trpc.review.reject.mutationOptions({ onSuccess: invalidate }));

  const data = detail.data;
  const submission = data?.submission ?? null;
  // The period's edition through the API: built-in or the region's custom one.
  const pack = useEditionPack(submission?.period.editionCode);
  const edition = submission ? pack.edition : undefined;
  const answers = useMemo(() => (submission?.answers ?? []) as TAnswerView[], [submission]);
  const score = useMemo(() => {
    if (!edition) return null;
    const reviewAnswers = answers.map((a) => ({ ...a, evidenceCount: a.evidence.length }));
    return scoreReview(edition, reviewAnswers, [...drafts.values()]);
  }, [edition, answers, drafts]);

  if (detail.isPending || pack.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!data) return <ErrorAlert error={detail.error} />;
  if (!submission) return <Alert type="info" showIcon title={t('review.noSubmission')} />;
  if (!edition || !score)
    return pack.error ? (
      <ErrorAlert error={pack.error} />
    ) : (
      <Alert
        type="warning"
        showIcon
        title={t('review.customEdition', { code: submission.period.editionCode })}
      />
    );

  const { state } = submission;
  const canJudge = user ? canGiveVerdict(state, user.role) : false;
  const saveVerdict = async (answer: TAnswerView, values: TVerdictForm) => {
    await verdict.mutateAsync({ answerId: answer.id, version: answer.version, ...toVerdictInput(values) });
    // One toast that each save refreshes: twenty verdicts in a row must not stack twenty toasts over the page.
    void message.success({ content: t('verdict.saved'), key: 'verdict-saved' });
  };
  const move = (m: TReviewMove, note?: string) => {
    const base = { submissionId: submission.id, version: submission.version };
    switch (m) {
      case 'START_REVIEW':
        return startReview.mutateAsync(base);
      case 'RETURN_FOR_REVISION':
        return returnForRevision.mutateAsync({ ...base, note });
      case 'APPROVE':
        return approve.mutateAsync(base);
      case 'REJECT':
        return reject.mutateAsync({ ...base, note });
    }
  };
  const answerByCode = new Map(answers.map((a) => [a.code, a]));
  const carryOver = {
    carriedFrom: submission.carriedFrom,
    developmentNote: submission.developmentNote,
    required: data.developmentNoteRequired,
  };
  const side = (
    <Flex vertical gap={16}>
      <ScoreCompare score={score} previewing={drafts.size > 0} />
      <Card size="small" title={t('review.decision')}>
        <ReviewActions allowed={data.allowedActions} pendingCount={score.pendingCount} onMove={move} />
        <ReviewSendActions
          allowed={data.allowedActions}
          periodId={submission.period.id}
          submissionId={submission.id}
          version={submission.version}
        />
        {data.allowedActions.length === 0 && (
          <Typography.Text type="secondary">{t('review.noMoves')}</Typography.Text>
        )}
      </Card>
    </Flex>
  );

  return (
    <section>
      <Link to={`/review${periodId ? `?period=${periodId}` : ''}`}>
        <ArrowLeftOutlined aria-hidden /> {t('review.back')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {data.name}
        </Typography.Title>
        <StateBadge state={state} />
      </Flex>
      <ErrorAlert error={detail.error} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('review.profile')}>
              <ProfileSummary profile={data.profile} unitName={data.unit.name} />
            </Card>
            {showsCarryOverPanel(carryOver) && <CarryOverPanel {...carryOver} />}
            {state === 'SUBMITTED' && <Alert type="info" showIcon title={t('review.startFirst')} />}
            {listSidIndicators(edition).map((indicator) => (
              <IndicatorReviewCard
                key={indicator.code}
                indicator={indicator}
                answer={answerByCode.get(indicator.code)}
                canJudge={canJudge}
                onDraft={onDraft}
                onSave={saveVerdict}
                submissionId={submission.id}
              />
            ))}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          {wide ? <Affix offsetTop={72}>{side}</Affix> : side}
        </Col>
      </Row>
    </section>
  );
}
