import { describe, expect, it } from 'vitest';
import { listQueueUnits, sortQueue, type TQueueRow } from './queue';

const row = (
  id: string,
  unitName: string,
  deadline: string | null,
  submittedAt: string | null,
): TQueueRow => ({
  submissionId: id,
  innovationId: `i-${id}`,
  innovationName: `Inovasi ${id}`,
  unitId: unitName.toLowerCase(),
  unitName,
  state: 'SUBMITTED',
  claimedMaturityX100: 0,
  submittedAt: submittedAt ? new Date(submittedAt) : null,
  deadline: deadline ? new Date(deadline) : null,
});

describe('sortQueue', () => {
  it('orders by deadline, then unit, then submission time; no deadline last', () => {
    const rows = [
      row('a', 'Dinkes', null, '2026-05-01'),
      row('b', 'Disdik', '2026-06-30', '2026-05-03'),
      row('c', 'Dinkes', '2026-06-30', '2026-05-05'),
      row('d', 'Dinkes', '2026-06-30', '2026-05-02'),
      row('e', 'Bappeda', '2026-06-15', null),
    ];
    expect(sortQueue(rows).map((r) => r.submissionId)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('returns a new array and keeps the input order', () => {
    const rows = [row('a', 'B', null, null), row('b', 'A', null, null)];
    const sorted = sortQueue(rows);
    expect(sorted).not.toBe(rows);
    expect(rows.map((r) => r.submissionId)).toEqual(['a', 'b']);
  });
});

describe('listQueueUnits', () => {
  it('lists each unit once, by name', () => {
    const rows = [
      row('a', 'Dinkes', null, null),
      row('b', 'Bappeda', null, null),
      row('c', 'Dinkes', null, null),
    ];
    expect(listQueueUnits(rows)).toEqual([
      { value: 'bappeda', text: 'Bappeda' },
      { value: 'dinkes', text: 'Dinkes' },
    ]);
  });
});
