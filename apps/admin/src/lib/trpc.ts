import type { AppRouter } from '@inovda/api';
import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import i18next from 'i18next';
import superjson from 'superjson';

export type TRouterInputs = inferRouterInputs<AppRouter>;
export type TRouterOutputs = inferRouterOutputs<AppRouter>;

/** React bindings for the one tRPC client: `const trpc = useTRPC(); useQuery(trpc.x.y.queryOptions(...))`. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createAppTrpcClient() {
  const options = {
    url: '/trpc',
    transformer: superjson,
    // Server messages (the fallback when the app has no translation for a code) follow the UI language.
    headers: () => ({ 'accept-language': i18next.resolvedLanguage ?? 'id' }),
    // The session lives in the httpOnly `inovda_session` cookie.
    fetch: (url: URL | RequestInfo, init?: RequestInit) => fetch(url, { ...init, credentials: 'include' }),
  };
  return createTRPCClient<AppRouter>({
    links: [
      // The server refuses sign-in and password mutations inside a batch (each guess is its own request).
      splitLink({
        condition: (op) => op.type === 'mutation' && op.path.startsWith('auth.'),
        true: httpLink(options),
        false: httpBatchLink({ ...options, maxItems: 20 }),
      }),
    ],
  });
}

/** The tRPC error code (`UNAUTHORIZED`, `FORBIDDEN`, ...) of an error thrown by a procedure, if any. */
export function readTrpcCode(error: unknown): string | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  if (data && typeof data === 'object' && 'code' in data && typeof data.code === 'string') return data.code;
  return undefined;
}

const NO_RETRY = new Set([
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_REQUEST',
  'CONFLICT',
  'PRECONDITION_FAILED',
]);

/**
 * One QueryClient. A 4xx answer is final (retrying cannot help); network errors retry twice, which matters on
 * weak phone connections. An expired session anywhere sends the user back to login via `onUnauthorized`.
 */
export function createAppQueryClient(onUnauthorized: () => void) {
  const handle = (error: unknown) => {
    if (readTrpcCode(error) === 'UNAUTHORIZED') onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !NO_RETRY.has(readTrpcCode(error) ?? '') && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
