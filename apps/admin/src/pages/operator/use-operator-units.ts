import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';
import { flattenUnitOptions } from './operator-data';

/** The units the user may register innovations for (the server scopes `unit.list` to the operator's subtree). */
export function useUnitOptions() {
  const trpc = useTRPC();
  const units = useQuery(trpc.unit.list.queryOptions({ includeInactive: false }));
  return {
    options: flattenUnitOptions(units.data?.units ?? []),
    error: units.error,
    isPending: units.isPending,
  };
}
