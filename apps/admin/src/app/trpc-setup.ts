import type { AppRouter } from '@inovda/api';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { createAppQueryClient, createAppTrpcClient } from '../lib/trpc';

/**
 * The app's single tRPC client and QueryClient. A procedure answering UNAUTHORIZED (an expired or revoked
 * session) drops the cached user, and the route guard then shows the login page.
 */
export function createTrpcSetup() {
  const trpcClient = createAppTrpcClient();
  const queryClient = createAppQueryClient(() => {
    queryClient.setQueryData(proxy.auth.me.queryKey(), null);
  });
  const proxy = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  return { trpcClient, queryClient };
}
