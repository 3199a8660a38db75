import { describe, expect, it } from 'vitest';
import { daysPastInternalDeadline } from './late-submission';

// 31 May 2026, 23:59 WIB is still the deadline day; the next WIB day is 1 day late.
const deadline = new Date('2026-05-31T16:59:00Z');

describe('daysPastInternalDeadline', () => {
  it.each([
    ['the day before', '2026-05-30T10:00:00Z', 0],
    ['the deadline day itself, late in the evening WIB', '2026-05-31T16:30:00Z', 0],
    ['just after midnight WIB', '2026-05-31T17:30:00Z', 1],
    ['three weeks later', '2026-06-21T03:00:00Z', 21],
  ])('%s', (_, now, days) => {
    expect(daysPastInternalDeadline(deadline, new Date(now), 'Asia/Jakarta')).toBe(days);
  });

  it('is 0 without a deadline', () => {
    expect(daysPastInternalDeadline(null, new Date(), 'Asia/Jakarta')).toBe(0);
  });
});
