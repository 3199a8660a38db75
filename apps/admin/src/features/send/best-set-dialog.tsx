import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Checkbox, Col, List, Modal, Row, Skeleton, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { TLanguage } from '../../i18n/languages';
import { describeError } from '../../lib/app-error';
import { formatScore } from '../../lib/format';
import { useTRPC, type TRouterOutputs } from '../../lib/trpc';
import { PredicateBadge } from '../dashboard/predicate-badge';
import { useInvalidateSend } from './use-send-moves';

type TPreview = TRouterOutputs['submission']['bestSetPreview'];

export interface TBestSetDialogProps {
  open: boolean;
  periodId: string;
  lng: TLanguage;
  onClose: () => void;
}

function Projection({ title, value, lng }: { title: string; value: TPreview['before']; lng: TLanguage }) {
  const { t } = useTranslation('send');
  return (
    <Col xs={24} sm={12}>
      <Statistic title={title} value={formatScore(value.iidX100, lng)} />
      <PredicateBadge predicate={value.predicate} />{' '}
      <Typography.Text type="secondary">{t('best.count', { count: value.innovationCount })}</Typography.Text>
    </Col>
  );
}

/**
 * "Choose the best innovations to send automatically": the server's preview (IID of the package to send before
 * and after, the innovations that join or leave, those that cannot join and why), then one confirmation that
 * applies it all in one transaction. A frozen package needs an explicit acknowledgement first.
 */
export function BestSetDialog({ open, periodId, lng, onClose }: TBestSetDialogProps) {
  const { t } = useTranslation(['send', 'common']);
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useInvalidateSend();
  const [acknowledged, setAcknowledged] = useState(false);
  const preview = useQuery({
    ...trpc.submission.bestSetPreview.queryOptions({ periodId }),
    enabled: open,
    // Always computed fresh when the dialog opens: the token must match the data of this moment.
    gcTime: 0,
    staleTime: 0,
  });
  const apply = useMutation(trpc.submission.applyBestSet.mutationOptions({ onSettled: invalidate }));
  const data = preview.data;
  const frozen = data?.frozen ?? null;
  const canApply = data !== undefined && data.changes.length > 0 && (!frozen || acknowledged);

  const confirm = async () => {
    if (!data) return;
    try {
      const result = await apply.mutateAsync({
        periodId,
        token: data.token,
        acknowledgeFrozen: frozen !== null && acknowledged,
      });
      void message.success(t('best.applied', { count: result.applied }));
      onClose();
    } catch (error) {
      void message.error(describeError(error, t).message);
      void preview.refetch();
    }
  };

  const adds = data?.changes.filter((c) => c.kind === 'ADD') ?? [];
  const removes = data?.changes.filter((c) => c.kind === 'REMOVE') ?? [];
  const section = (
    title: string,
    items: readonly { submissionId: string; name: string; unitName: string; reason?: string }[],
  ) =>
    items.length > 0 && (
      <>
        <Typography.Title level={5} style={{ marginTop: 12 }}>
          {title} ({items.length})
        </Typography.Title>
        <List
          size="small"
          bordered
          style={{ maxHeight: 200, overflowY: 'auto' }}
          dataSource={[...items]}
          rowKey="submissionId"
          renderItem={(item) => (
            <List.Item>
              <Typography.Text>
                {item.name}
                <Typography.Text type="secondary"> · {item.unitName}</Typography.Text>
                {item.reason && <div style={{ fontSize: 12 }}>{item.reason}</div>}
              </Typography.Text>
            </List.Item>
          )}
        />
      </>
    );

  return (
    <Modal
      open={open}
      title={t('best.title')}
      okText={t('best.confirm')}
      cancelText={t('common:cancel')}
      okButtonProps={{ disabled: !canApply, loading: apply.isPending }}
      onOk={() => void confirm()}
      onCancel={onClose}
      afterClose={() => setAcknowledged(false)}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('best.intro')}</Typography.Paragraph>
      <ErrorAlert error={preview.error} />
      {!data ? (
        preview.isPending && <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <Row gutter={[16, 16]} aria-live="polite" data-testid="best-set-iid">
            <Projection title={t('best.before')} value={data.before} lng={lng} />
            <Projection title={t('best.after')} value={data.after} lng={lng} />
          </Row>
          {data.changes.length === 0 ? (
            <Alert type="success" showIcon title={t('best.noChanges')} style={{ marginTop: 12 }} />
          ) : (
            <>
              {section(t('best.add'), adds)}
              {section(t('best.remove'), removes)}
            </>
          )}
          {section(t('best.blocked'), data.blocked)}
          {section(t('best.keptSent'), data.keptSent)}
          {frozen && data.changes.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={t('card.frozen', { sequence: frozen.sequence })}
              description={
                <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)}>
                  {t('best.frozenAck', { sequence: frozen.sequence })}
                </Checkbox>
              }
            />
          )}
        </>
      )}
    </Modal>
  );
}
