import { useQuery } from '@tanstack/react-query';
import { readTrpcCode, useTRPC } from './trpc';

/**
 * The signed-in user from `auth.me`, cached for the whole app. `user` is null when nobody is signed in
 * (the procedure answers null or UNAUTHORIZED); other failures are reported as `error`.
 */
export function useSession() {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 5 * 60_000 });
  const unauthorized = readTrpcCode(query.error) === 'UNAUTHORIZED';
  return {
    user: unauthorized ? null : (query.data ?? null),
    isLoading: query.isPending && !unauthorized,
    error: unauthorized ? null : query.error,
    refetch: query.refetch,
  };
}

export type TSessionUser = NonNullable<ReturnType<typeof useSession>['user']>;
