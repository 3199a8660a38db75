import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { TLanguage } from '../../../i18n/languages';
import { describeError } from '../../../lib/app-error';
import { formatScore } from '../../../lib/format';
import { useSession } from '../../../lib/use-session';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { FreezeDialog } from './freeze-dialog';
import { SnapshotList, type TSnapshotRow } from './snapshot-list';
import { freezePlan, type TVerifyStatus } from './snapshot-view';

type TPreview = TRouterOutputs['export']['preview'];

/**
 * Frozen packages of the period (flow 5): "Bekukan paket" freezes what the preview shows (the ZIP is built once
 * and stored), the list offers the stored ZIP, a re-check of its hash, and "Tandai terkirim" for the ADMIN.
 */
export function PackageSnapshots({ preview, lng }: { preview: TPreview; lng: TLanguage }) {
  const { t } = useTranslation(['snapshots', 'common']);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const { user } = useSession();
  const isAdmin = user?.role === 'ADMIN';
  const periodId = preview.period.id;
  const [dialogOpen, setDialogOpen] = useState(false);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [checks, setChecks] = useState<Record<string, { status: TVerifyStatus; checkedAt: Date }>>({});
  const list = useQuery(trpc.package.list.queryOptions({ periodId }));
  const plan = freezePlan(preview.innovations);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.package.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.export.preview.queryKey({ periodId }) });
  };
  const withBusy = async (id: string, run: () => Promise<void>) => {
    setBusy((ids) => new Set([...ids, id]));
    try {
      await run();
    } finally {
      setBusy((ids) => new Set([...ids].filter((other) => other !== id)));
    }
  };

  const freeze = useMutation(
    trpc.package.freeze.mutationOptions({
      onSuccess: async (snapshot) => {
        setDialogOpen(false);
        void message.success(t('freeze.done', { sequence: snapshot.sequence }));
        await refresh();
      },
      onError: async (error) => {
        void message.error(describeError(error, t).message);
        // The set changed under the dialog: show the current one.
        await queryClient.invalidateQueries({ queryKey: trpc.export.preview.queryKey({ periodId }) });
      },
    }),
  );
  const verify = useMutation(trpc.package.verify.mutationOptions());
  const markSent = useMutation(trpc.package.markSent.mutationOptions());

  const onVerify = (row: TSnapshotRow) =>
    void withBusy(row.id, async () => {
      try {
        const result = await verify.mutateAsync({ snapshotId: row.id });
        setChecks((all) => ({ ...all, [row.id]: { status: result.status, checkedAt: result.checkedAt } }));
        const text = t(`verify.result.${result.status}`, { sequence: row.sequence });
        void (result.status === 'INTACT' ? message.success(text) : message.error(text, 10));
      } catch (error) {
        void message.error(describeError(error, t).message);
      }
    });

  const onMarkSent = (row: TSnapshotRow) =>
    modal.confirm({
      title: t('markSent.title', { sequence: row.sequence }),
      content: t('markSent.body', { count: row.itemCount, hash: row.sha256.slice(0, 12) }),
      okText: t('markSent.button'),
      cancelText: t('common:cancel'),
      onOk: () =>
        withBusy(row.id, async () => {
          try {
            await markSent.mutateAsync({ snapshotId: row.id });
            void message.success(t('markSent.done', { sequence: row.sequence }));
            await refresh();
          } catch (error) {
            void message.error(describeError(error, t).message, 10);
          }
        }),
    });

  const verifiedIid = `${formatScore(preview.verified.iidX100, lng)} (${preview.verified.predicateLabel})`;
  const claimedIid = `${formatScore(preview.claimed.iidX100, lng)} (${preview.claimed.predicateLabel})`;
  return (
    <section aria-labelledby="snapshots-title" style={{ marginTop: 24 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} id="snapshots-title" style={{ marginBottom: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        </div>
        {isAdmin && (
          <Button
            type="primary"
            icon={<LockOutlined />}
            disabled={!plan.canFreeze}
            loading={freeze.isPending}
            onClick={() => setDialogOpen(true)}
          >
            {t('freeze.button')}
          </Button>
        )}
      </Flex>
      {isAdmin && !plan.canFreeze && (
        <Typography.Paragraph type="secondary">{t('freeze.nothingReady')}</Typography.Paragraph>
      )}
      <ErrorAlert error={list.error} />
      <SnapshotList
        snapshots={list.data ?? []}
        lng={lng}
        isAdmin={isAdmin}
        busy={busy}
        checks={checks}
        onVerify={onVerify}
        onMarkSent={onMarkSent}
      />
      <FreezeDialog
        open={dialogOpen}
        plan={plan}
        innovations={preview.innovations}
        verifiedIid={verifiedIid}
        claimedIid={claimedIid}
        pending={freeze.isPending}
        onConfirm={() => freeze.mutate({ periodId, submissionIds: plan.submissionIds })}
        onCancel={() => setDialogOpen(false)}
      />
    </section>
  );
}
