import { getEdition, type TEditionPack } from '@inovda/domain';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';

/** What a screen needs to render a period's rules: the pack once known, and the state of loading it. */
export interface TEditionPackState {
  edition: TEditionPack | undefined;
  isPending: boolean;
  error: unknown;
}

/**
 * The rule pack of a period's edition, built-in or one of the region's custom editions, as the server has it
 * (`edition.byCode`): every screen that scores or renders indicators takes its pack from here, never from
 * `getEdition` alone. For a built-in code the copy shipped in the app shows at once while the server's copy
 * loads (no spinner on a weak connection; a tab left open across a deploy still ends up on the server's rules).
 */
export function useEditionPack(code: string | undefined): TEditionPackState {
  const trpc = useTRPC();
  const builtIn = code ? getEdition(code) : undefined;
  const query = useQuery({
    ...trpc.edition.byCode.queryOptions({ code: code ?? '' }),
    enabled: Boolean(code),
    placeholderData: builtIn,
    // A custom edition changes only through its editor, which refreshes this cache; a frozen one never does.
    staleTime: 5 * 60_000,
  });
  return {
    edition: query.data,
    isPending: Boolean(code) && query.isPending,
    error: query.error,
  };
}
