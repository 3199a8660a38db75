import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { pickPeriod } from '../features/dashboard/pick-period';
import { useTRPC } from './trpc';

/** The period of a screen, kept in the address (`?period=`) so a reload or a shared link shows the same year. */
export function usePeriodParam() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const periods = useQuery(trpc.period.list.queryOptions());
  const period = pickPeriod(periods.data ?? [], params.get('period'));
  const setPeriodId = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('period', id);
        return next;
      },
      { replace: true },
    );
  return { periods, period, setPeriodId };
}
