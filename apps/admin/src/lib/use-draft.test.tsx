import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft, writeDraft } from './draft-store';
import { useDraft } from './use-draft';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-28T06:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('useDraft', () => {
  it('writes the values after a quiet period, not on every keystroke', () => {
    const { result } = renderHook(() =>
      useDraft<{ name: string }>('profile:a', { baseVersion: 3, delayMs: 400 }),
    );
    act(() => result.current.save({ name: 'Si' }));
    act(() => result.current.save({ name: 'Sipandu' }));
    expect(readDraft('profile:a')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(readDraft('profile:a')).toEqual({
      values: { name: 'Sipandu' },
      savedAt: '2026-11-28T06:00:00.400Z',
      baseVersion: 3,
    });
  });

  it('offers the stored draft when the form opens again (after a reload)', () => {
    writeDraft('profile:a', {
      values: { name: 'Lama' },
      savedAt: '2026-11-27T01:00:00.000Z',
      baseVersion: 1,
    });
    const { result } = renderHook(() => useDraft<{ name: string }>('profile:a'));
    expect(result.current.restored?.values).toEqual({ name: 'Lama' });
  });

  it('flushes a pending write when the form unmounts', () => {
    const { result, unmount } = renderHook(() => useDraft<{ name: string }>('profile:a'));
    act(() => result.current.save({ name: 'ketik terakhir' }));
    unmount();
    expect(readDraft<{ name: string }>('profile:a')?.values.name).toBe('ketik terakhir');
  });

  it('forgets the draft on clear (after a successful save), including a write still pending', () => {
    writeDraft('profile:a', { values: { name: 'x' }, savedAt: '2026-11-27T01:00:00.000Z', baseVersion: 1 });
    const { result } = renderHook(() => useDraft<{ name: string }>('profile:a'));
    act(() => result.current.save({ name: 'y' }));
    act(() => result.current.clear());
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(readDraft('profile:a')).toBeNull();
    expect(result.current.restored).toBeNull();
  });

  it('keeps drafts of different records apart and switches with the key', () => {
    writeDraft('profile:b', { values: { name: 'B' }, savedAt: '2026-11-27T01:00:00.000Z', baseVersion: 1 });
    const initialProps: { k: string | null } = { k: 'profile:a' };
    const { result, rerender } = renderHook(({ k }) => useDraft<{ name: string }>(k), { initialProps });
    expect(result.current.restored).toBeNull();
    rerender({ k: 'profile:b' });
    expect(result.current.restored?.values).toEqual({ name: 'B' });
    rerender({ k: null });
    expect(result.current.restored).toBeNull();
  });

  it('ignores a corrupt entry instead of breaking the form', () => {
    localStorage.setItem('inovda.draft.profile:a', '{not json');
    const { result } = renderHook(() => useDraft('profile:a'));
    expect(result.current.restored).toBeNull();
  });
});
