import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
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
 * links. Writes to one indicator run one after another, each with the answer's newest version (taken from the
 * previous write's result), so a quick tier change followed by an upload never conflicts with itself; a change
 * made elsewhere still gets the server's clear conflict message. `pendingTiers` shows choices at once.
 */
export function useIndicatorActions(submissionId: string, answers: readonly TAnswerRef[]) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('operator');
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [pendingTiers, setPendingTiers] = useState<Readonly<Record<string, number>>>({});
  const latest = useRef(new Map<string, { id: string; version: number }>());
  const queues = useRef(new Map<string, Promise<void>>());
  const setAnswer = useMutation(trpc.answer.set.mutationOptions());
  const attach = useMutation(trpc.evidence.attach.mutationOptions());
  const detach = useMutation(trpc.evidence.detach.mutationOptions());

  // The server's answers win unless a write of ours already produced a newer version.
  useEffect(() => {
    for (const answer of answers) {
      const known = latest.current.get(answer.code);
      if (!known || known.version < answer.version)
        latest.current.set(answer.code, { id: answer.id, version: answer.version });
    }
  }, [answers]);

  const remember = (answer: { id: string; code: string; version: number }) =>
    latest.current.set(answer.code, { id: answer.id, version: answer.version });

  const run = useCallback(
    (code: string, work: () => Promise<void>) => {
      setBusy((s) => new Set(s).add(code));
      const previous = queues.current.get(code) ?? Promise.resolve();
      const next = previous.then(async () => {
        try {
          await work();
        } catch (error) {
          void message.error(describeError(error, t).message);
        }
      });
      queues.current.set(code, next);
      void next.then(async () => {
        if (queues.current.get(code) !== next) return;
        queues.current.delete(code);
        await queryClient.invalidateQueries({ queryKey: trpc.innovation.pathKey() });
        setPendingTiers(({ [code]: _done, ...rest }) => rest);
        setBusy((s) => {
          const copy = new Set(s);
          copy.delete(code);
          return copy;
        });
      });
    },
    [message, queryClient, t, trpc],
  );

  const versionOf = (code: string) => latest.current.get(code)?.version ?? null;

  /** The answer's id and version, creating an empty answer first when the indicator has none yet. */
  const ensureAnswer = async (code: string) => {
    const known = latest.current.get(code);
    if (known) return known;
    const created = await setAnswer.mutateAsync({ submissionId, code, version: null });
    remember(created.answer);
    return { id: created.answer.id, version: created.answer.version };
  };

  const actions: TIndicatorActions = {
    chooseTier: (code, tier, basis) => {
      setPendingTiers((p) => ({ ...p, [code]: tier }));
      run(code, async () => {
        const saved = await setAnswer.mutateAsync({
          submissionId,
          code,
          claimedTier: tier,
          // Choosing a tier (or another basis) by hand drops a measured figure the tier was derived from.
          ...(basis !== null ? { basis, rawValue: null } : {}),
          version: versionOf(code),
        });
        remember(saved.answer);
      });
    },
    setRawValue: (code, basis, raw, previewTier) => {
      setPendingTiers((p) => ({ ...p, [code]: previewTier }));
      run(code, async () => {
        // Only the figure and its basis: the server derives the tier from the period's edition and stores both.
        const saved = await setAnswer.mutateAsync({
          submissionId,
          code,
          basis,
          rawValue: raw,
          ...(raw === null ? { claimedTier: 0 } : {}),
          version: versionOf(code),
        });
        remember(saved.answer);
      });
    },
    attach: (code, evidenceId) =>
      run(code, async () => {
        const answer = await ensureAnswer(code);
        remember(
          (await attach.mutateAsync({ answerId: answer.id, evidenceId, version: answer.version })).answer,
        );
      }),
    detach: (code, evidenceId) =>
      run(code, async () => {
        const answer = latest.current.get(code);
        if (!answer) return;
        remember(
          (await detach.mutateAsync({ answerId: answer.id, evidenceId, version: answer.version })).answer,
        );
      }),
    setLinks: (code, links) =>
      run(code, async () => {
        remember(
          (await setAnswer.mutateAsync({ submissionId, code, links, version: versionOf(code) })).answer,
        );
      }),
  };

  return { actions, busy, pendingTiers };
}
