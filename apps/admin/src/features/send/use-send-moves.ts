import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/app-error';
import { useTRPC, type TRouterOutputs } from '../../lib/trpc';

export type TSendMove = 'MARK_READY' | 'UNMARK_READY';
export type TSendResult = TRouterOutputs['submission']['setReadyMany'];

/** The app code the server gives when the period's current package is frozen. */
const FROZEN_CODE = 'SEND.PACKAGE_FROZEN';

/** Everything a send decision changes on screen: the candidates, the package, the innovation, the dashboard. */
export function useInvalidateSend() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.submission.pathFilter()),
      queryClient.invalidateQueries(trpc.export.pathFilter()),
      queryClient.invalidateQueries(trpc.package.pathFilter()),
      queryClient.invalidateQueries(trpc.innovation.pathFilter()),
      queryClient.invalidateQueries(trpc.dashboard.pathFilter()),
    ]);
}

/**
 * Marks submissions ready (or back to verified) through `submission.setReadyMany`. When the period's package is
 * frozen the server refuses; the ADMIN then sees why and may confirm, which sends the call again knowingly.
 * Resolves with the per-innovation result, or null when the ADMIN cancelled or the call failed (shown).
 */
export function useSendMoves() {
  const { t } = useTranslation(['send', 'common']);
  const trpc = useTRPC();
  const { modal, message } = App.useApp();
  const invalidate = useInvalidateSend();
  const mutation = useMutation(trpc.submission.setReadyMany.mutationOptions({ onSettled: invalidate }));

  const run = async (
    periodId: string,
    move: TSendMove,
    items: readonly { submissionId: string; version: number }[],
  ): Promise<TSendResult | null> => {
    const call = (acknowledgeFrozen: boolean) =>
      mutation.mutateAsync({ periodId, move, items: [...items], acknowledgeFrozen });
    try {
      return await call(false);
    } catch (error) {
      const view = describeError(error, t);
      if (view.appCode !== FROZEN_CODE) {
        void message.error(view.message);
        return null;
      }
      const confirmed = await modal.confirm({
        title: t('frozenConfirm.title'),
        content: `${view.message} ${t('frozenConfirm.body')}`,
        okText: t('frozenConfirm.ok'),
        okButtonProps: { danger: true },
        cancelText: t('common:cancel'),
      });
      if (!confirmed) return null;
      try {
        return await call(true);
      } catch (again) {
        void message.error(describeError(again, t).message);
        return null;
      }
    }
  };
  return { run, pending: mutation.isPending };
}
