import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../lib/trpc';

/**
 * Ends the session on the server, leaves the signed-in screens, then forgets every cached answer. The order
 * matters: emptying the cache while those screens are still mounted makes their queries fetch again, now
 * without a session (401s in the console, for nothing).
 */
export function useLogout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      // Nothing asked for before signing out may come back after it.
      onMutate: () => queryClient.cancelQueries(),
      onSettled: async () => {
        await queryClient.cancelQueries();
        // No user: the signed-in frame unmounts and with it every query of the screens.
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        await navigate('/login', { replace: true });
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      },
    }),
  );
}
