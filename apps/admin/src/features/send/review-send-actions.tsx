import { App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSendMoves, type TSendMove } from './use-send-moves';

export interface TReviewSendActionsProps {
  /** The domain's allowed actions for the viewer (`innovation.byId`): MARK_READY / UNMARK_READY for the ADMIN. */
  allowed: readonly string[];
  periodId: string;
  submissionId: string;
  version: number;
}

/**
 * The ADMIN's send decision on the review page: mark a verified innovation ready to send (it joins the package
 * to send), or cancel it. Shown only when the domain allows the move for this viewer.
 */
export function ReviewSendActions({ allowed, periodId, submissionId, version }: TReviewSendActionsProps) {
  const { t } = useTranslation(['send', 'common']);
  const { modal, message } = App.useApp();
  const { run, pending } = useSendMoves();
  const canMark = allowed.includes('MARK_READY');
  const canUnmark = allowed.includes('UNMARK_READY');
  if (!canMark && !canUnmark) return null;

  const act = (move: TSendMove) =>
    modal.confirm({
      title: t(move === 'MARK_READY' ? 'review.confirmMarkTitle' : 'review.confirmUnmarkTitle'),
      content: t(move === 'MARK_READY' ? 'confirmMark.body' : 'confirmUnmark.body'),
      okText: t(move === 'MARK_READY' ? 'markReady' : 'unmark'),
      cancelText: t('common:cancel'),
      onOk: async () => {
        const result = await run(periodId, move, [{ submissionId, version }]);
        const item = result?.results[0];
        if (!item) return;
        if (item.ok) void message.success(t(move === 'MARK_READY' ? 'review.marked' : 'review.unmarked'));
        else void message.error(item.message);
      },
    });

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t(canMark ? 'review.readyHint' : 'review.inPackageHint')}
      </Typography.Text>
      <Flex gap={8} wrap>
        {canMark && (
          <Button type="primary" loading={pending} onClick={() => act('MARK_READY')}>
            {t('markReady')}
          </Button>
        )}
        {canUnmark && (
          <Button loading={pending} onClick={() => act('UNMARK_READY')}>
            {t('unmark')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
