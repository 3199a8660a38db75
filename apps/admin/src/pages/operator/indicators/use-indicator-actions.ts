import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/app-error';
import { useTRPC } from '../../../lib/trpc';
import type { TIndicatorActions } from './indicator-card';

interface TAnswerRef {
  id: string;
  code: string;
  version: number;
}

/**
 * The indicator workspace's writes: choose a tier (and indicator 33's basis), attach and detach evidence, set
 * links. Each call carries the answer's version (a stale one gets a clear conflict), and an indicator stays
 * busy until the innovation has been read again, so scores and the readiness checklist are the server's.
 * `pendingTiers` holds choices on their way to the server, for the live score.
 */
export function useIndicatorActions(
  innovationId: string,
  submissionId: string,
  answers: readonly TAnswerRef[],
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('operator');
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [pendingTiers, setPendingTiers] = useState<Readonly<Record<string, number>>>({});
  const setAnswer = useMutation(trpc.answer.set.mutationOptions());
  const attach = useMutation(trpc.evidence.attach.mutationOptions());
  const detach = useMutation(trpc.evidence.detach.mutationOptions());

  const run = useCallback(
    async (code: string, work: () => Promise<unknown>) => {
      setBusy((s) => new Set(s).add(code));
      try {
        await work();
      } catch (error) {
        void message.error(describeError(error, t).message);
      } finally {
        await queryClient.invalidateQueries({ queryKey: trpc.innovation.pathKey() });
        setPendingTiers(({ [code]: _done, ...rest }) => rest);
        setBusy((s) => {
          const next = new Set(s);
          next.delete(code);
          return next;
        });
      }
    },
    [message, queryClient, t, trpc],
  );

  const find = (code: string) => answers.find((a) => a.code === code);

  /** The answer's id and version, creating an empty answer first when the indicator has none yet. */
  const ensureAnswer = async (code: string) => {
    const existing = find(code);
    if (existing) return { answerId: existing.id, version: existing.version };
    const created = await setAnswer.mutateAsync({ submissionId, code, version: null });
    return { answerId: created.answer.id, version: created.answer.version };
  };

  const actions: TIndicatorActions = {
    chooseTier: (code, tier, basis) => {
      setPendingTiers((p) => ({ ...p, [code]: tier }));
      void run(code, () =>
        setAnswer.mutateAsync({
          submissionId,
          code,
          claimedTier: tier,
          ...(basis !== null ? { basis } : {}),
          version: find(code)?.version ?? null,
        }),
      );
    },
    attach: (code, evidenceId) =>
      void run(code, async () => {
        const { answerId, version } = await ensureAnswer(code);
        await attach.mutateAsync({ answerId, evidenceId, version });
      }),
    detach: (code, evidenceId) =>
      void run(code, async () => {
        const answer = find(code);
        if (answer) await detach.mutateAsync({ answerId: answer.id, evidenceId, version: answer.version });
      }),
    setLinks: (code, links) =>
      void run(code, () =>
        setAnswer.mutateAsync({ submissionId, code, links, version: find(code)?.version ?? null }),
      ),
  };

  return { actions, busy, pendingTiers, innovationId };
}
