import { useState } from 'react';

/**
 * Previous/next paging over a cursor API (user.list, audit.list): a stack of the cursors that opened each page.
 * Changing `filterKey` (the filters joined into a string) starts again at the first page.
 */
export function useCursorPages(filterKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | undefined)[] }>({
    key: filterKey,
    stack: [undefined],
  });
  const stack = state.key === filterKey ? state.stack : [undefined];
  return {
    cursor: stack.at(-1),
    page: stack.length,
    hasPrevious: stack.length > 1,
    next: (cursor: string | undefined) => {
      if (cursor !== undefined) setState({ key: filterKey, stack: [...stack, cursor] });
    },
    previous: () => setState({ key: filterKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}
