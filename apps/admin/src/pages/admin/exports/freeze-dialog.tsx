import { Alert, Flex, List, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedSeconds, type freezePlan } from './snapshot-view';

export interface TFreezeDialogProps {
  open: boolean;
  plan: ReturnType<typeof freezePlan>;
  innovations: readonly { submissionId: string; name: string; unit: { name: string }; state: string }[];
  /** Formatted projections, e.g. '45,01 (Inovatif)'. */
  verifiedIid: string;
  claimedIid: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Shown while the ZIP is built and stored (a large package on a slow disk takes a while): a spinner and the
 * seconds since it started, counted from when this line appeared.
 */
function FreezeProgress() {
  const { t } = useTranslation('snapshots');
  const [startedAt] = useState(() => Date.now());
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds(elapsedSeconds(startedAt, Date.now())), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  return (
    <Flex gap={12} align="center" role="status" aria-live="polite">
      <Spin />
      <Typography.Text>{t('freeze.progress', { seconds })}</Typography.Text>
    </Flex>
  );
}

/**
 * "Bekukan paket": what will be frozen (the innovations, counts and IID the ADMIN sees now, which the server
 * checks again), and while the ZIP is built and stored, a spinner with the elapsed seconds.
 */
export function FreezeDialog(props: TFreezeDialogProps) {
  const { t } = useTranslation(['snapshots', 'common']);
  const { plan } = props;
  return (
    <Modal
      open={props.open}
      title={t('freeze.title')}
      okText={t('freeze.confirm')}
      cancelText={t('common:cancel')}
      okButtonProps={{ loading: props.pending, disabled: !plan.canFreeze }}
      cancelButtonProps={{ disabled: props.pending }}
      closable={!props.pending}
      maskClosable={false}
      onOk={props.onConfirm}
      onCancel={() => {
        if (!props.pending) props.onCancel();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('freeze.body')}</Typography.Paragraph>
      <Typography.Paragraph strong>
        {t('freeze.summary', { count: plan.total, ready: plan.ready, sent: plan.alreadySent })}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t('freeze.iid', { count: plan.total, verified: props.verifiedIid, claimed: props.claimedIid })}
      </Typography.Paragraph>
      <List
        size="small"
        bordered
        style={{ maxHeight: 240, overflowY: 'auto', marginBottom: 12 }}
        dataSource={[...props.innovations]}
        rowKey="submissionId"
        renderItem={(item) => (
          <List.Item>
            <Flex vertical>
              <Typography.Text>{item.name}</Typography.Text>
              <Typography.Text type="secondary">
                {item.unit.name}
                {item.state === 'SENT' ? ` · ${t('freeze.alreadySentTag')}` : ''}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {!plan.canFreeze && <Alert type="warning" showIcon title={t('freeze.nothingReady')} />}
      {props.pending && <FreezeProgress />}
    </Modal>
  );
}
