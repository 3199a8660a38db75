import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCursorPages } from './use-cursor-pages';

describe('useCursorPages', () => {
  it('walks forward and back through cursors', () => {
    const { result } = renderHook(() => useCursorPages('all'));
    expect(result.current).toMatchObject({ cursor: undefined, page: 1, hasPrevious: false });
    act(() => result.current.next('c1'));
    act(() => result.current.next('c2'));
    expect(result.current).toMatchObject({ cursor: 'c2', page: 3, hasPrevious: true });
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ cursor: 'c1', page: 2 });
  });

  it('ignores a missing next cursor (last page)', () => {
    const { result } = renderHook(() => useCursorPages('all'));
    act(() => result.current.next(undefined));
    expect(result.current.page).toBe(1);
  });

  it('starts again at page 1 when the filters change', () => {
    const { result, rerender } = renderHook(({ key }) => useCursorPages(key), { initialProps: { key: 'a' } });
    act(() => result.current.next('c1'));
    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ cursor: undefined, page: 1 });
  });
});
