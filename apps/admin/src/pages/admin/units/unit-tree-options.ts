/** A unit of `unit.list` as the tree helpers need it. */
export interface TUnitNode {
  id: string;
  name: string;
  children: TUnitNode[];
}

export interface TTreeOption {
  value: string;
  title: string;
  children?: TTreeOption[];
}

/**
 * Parent choices for a unit: the whole tree without `excludeId` and everything under it (a unit cannot be
 * moved below itself; the server says UNIT.PARENT_CYCLE otherwise).
 */
export function toParentOptions(nodes: readonly TUnitNode[], excludeId?: string): TTreeOption[] {
  return nodes
    .filter((n) => n.id !== excludeId)
    .map((n) => {
      const children = toParentOptions(n.children, excludeId);
      return { value: n.id, title: n.name, ...(children.length > 0 ? { children } : {}) };
    });
}

/** Depth-first flattening with each unit's parent name, for coverage and lookups. */
export function flattenUnits<T extends TUnitNode>(nodes: readonly T[]): T[] {
  return nodes.flatMap((n) => [n, ...flattenUnits(n.children as T[])]);
}

/** Table tree data: antd shows an expand arrow for any `children`, so empty lists become undefined. */
export function toTableTree<T extends { children: T[] }>(
  nodes: readonly T[],
): (Omit<T, 'children'> & { children?: unknown[] })[] {
  return nodes.map((n) => {
    const { children, ...rest } = n;
    return children.length > 0 ? { ...rest, children: toTableTree(children) } : rest;
  });
}
