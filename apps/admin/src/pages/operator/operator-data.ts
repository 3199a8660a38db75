import type { TRouterOutputs } from '../../lib/trpc';

export type TInnovationDetail = TRouterOutputs['innovation']['byId'];
export type TInnovationListItem = TRouterOutputs['innovation']['list']['items'][number];

/** The period an operator works in by default: the newest open one, else the newest planned, else the newest. */
export function pickWorkingPeriod<P extends { state: string; year: number }>(
  periods: readonly P[],
): P | undefined {
  const newestFirst = [...periods].sort((a, b) => b.year - a.year);
  return (
    newestFirst.find((p) => p.state === 'OPEN') ??
    newestFirst.find((p) => p.state === 'PLANNING') ??
    newestFirst[0]
  );
}

interface TUnitNode {
  id: string;
  name: string;
  short: string;
  children: TUnitNode[];
}

/** The unit tree as select options, children indented under their parent ("Dinkes", "  Puskesmas Kayen"). */
export function flattenUnitOptions(
  nodes: readonly TUnitNode[],
  depth = 0,
): { value: string; label: string }[] {
  return nodes.flatMap((node) => [
    { value: node.id, label: `${'\u00a0\u00a0'.repeat(depth)}${node.name}` },
    ...flattenUnitOptions(node.children, depth + 1),
  ]);
}
