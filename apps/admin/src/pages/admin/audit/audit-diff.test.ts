import { describe, expect, it } from 'vitest';
import { diffAuditSnapshots } from './audit-diff';

describe('diffAuditSnapshots', () => {
  it('lists only the fields that changed, without bookkeeping fields', () => {
    const before = { name: 'Dinkes', active: true, version: 1, urusan: ['kesehatan'] };
    const after = { name: 'Dinas Kesehatan', active: true, version: 2, urusan: ['kesehatan', 'sosial'] };
    expect(diffAuditSnapshots(before, after)).toEqual([
      { field: 'name', before: 'Dinkes', after: 'Dinas Kesehatan' },
      { field: 'urusan', before: '["kesehatan"]', after: '["kesehatan","sosial"]' },
    ]);
  });

  it('shows a create as every field from nothing', () => {
    expect(diffAuditSnapshots(null, { year: 2026 })).toEqual([{ field: 'year', before: '–', after: '2026' }]);
  });

  it('is empty when nothing changed', () => {
    expect(diffAuditSnapshots({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
