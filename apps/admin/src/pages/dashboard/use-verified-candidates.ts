import { VERIFIED_STATES } from '@inovda/domain';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TWhatIfInnovation } from '../../features/dashboard/what-if';
import { useTRPC } from '../../lib/trpc';

/** The API's largest page; a region with more verified innovations per state is reported as truncated. */
const PAGE_SIZE = 100;

interface TCandidate extends TWhatIfInnovation {
  includeInSend: boolean;
}

/**
 * The period's verified innovations with their verified maturity, urusan and send decision: the candidates of
 * the what-if and the data of the maturity histogram.
 */
export function useVerifiedCandidates(periodId: string | undefined) {
  const trpc = useTRPC();
  const results = useQueries({
    queries: VERIFIED_STATES.map((state) => ({
      ...trpc.innovation.list.queryOptions({ periodId, state, page: 1, pageSize: PAGE_SIZE }),
      enabled: periodId !== undefined,
    })),
  });
  const key = results.map((r) => r.dataUpdatedAt).join('|');
  const candidates = useMemo(() => {
    const list: TCandidate[] = [];
    for (const r of results) {
      for (const item of r.data?.items ?? []) {
        if (!item.submission) continue;
        list.push({
          // The innovation's id: the planner (dashboard.plan) names innovations by it.
          id: item.id,
          name: item.name,
          unitName: item.unit.name,
          maturityX100: item.submission.verifiedMaturityX100,
          urusan: item.urusan,
          includeInSend: item.submission.includeInSend,
        });
      }
    }
    return list;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `results` is a new array each render; `key` tracks its data.
  }, [key]);
  return {
    candidates,
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    truncated: results.some((r) => (r.data?.total ?? 0) > PAGE_SIZE),
  };
}
