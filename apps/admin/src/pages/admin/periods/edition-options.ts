import type { TRouterOutputs } from '../../../lib/trpc';

type TEditionList = TRouterOutputs['edition']['list'];

/** One choice of the period form's edition select. */
export interface TEditionOption {
  code: string;
  /** What the select shows: the name with its code, so a custom clone is told apart from its base. */
  name: string;
}

/**
 * The editions a period may use: the built-in packs (newest first, as the API lists them), then the region's
 * custom editions by code. Until the list has loaded there is nothing to choose.
 */
export function toEditionOptions(
  list: Pick<TEditionList, 'builtIn' | 'custom'> | undefined,
): TEditionOption[] {
  if (!list) return [];
  return [
    ...list.builtIn.map((e) => ({ code: e.code, name: `${e.name} (${e.code})` })),
    ...list.custom.map((e) => ({ code: e.code, name: `${e.name} (${e.code})` })),
  ];
}
