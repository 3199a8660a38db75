import { describe, expect, it } from 'vitest';
import { createVerdictSchema, listDowngradeTiers, toVerdictInput } from './verdict-form';

const issues = (claimedTier: number, values: unknown) => {
  const result = createVerdictSchema(claimedTier).safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('createVerdictSchema (the domain rule validateVerdict)', () => {
  it('accepts an accept without a note', () => {
    expect(issues(3, { verdict: 'ACCEPTED', verifiedTier: null, note: '' })).toEqual([]);
  });

  it.each(['REJECTED', 'DOWNGRADED'] as const)('%s needs a note that is not only spaces', (verdict) => {
    expect(issues(3, { verdict, verifiedTier: 1, note: '   ' })).toContain('note:VERDICT.NOTE_REQUIRED');
  });

  it('rejects with a note', () => {
    expect(
      issues(2, { verdict: 'REJECTED', verifiedTier: null, note: 'SK tidak memuat nama inovasi' }),
    ).toEqual([]);
  });

  it.each([
    [3, 2, []],
    [3, 1, []],
    [3, 3, ['verifiedTier:VERDICT.DOWNGRADE_NOT_LOWER']],
    [2, 2, ['verifiedTier:VERDICT.DOWNGRADE_NOT_LOWER']],
    [2, 1, []],
  ])('claimed %i downgraded to %i', (claimed, tier, expected) => {
    expect(
      issues(claimed, {
        verdict: 'DOWNGRADED',
        verifiedTier: tier,
        note: 'bukti hanya mendukung tingkat lebih rendah',
      }),
    ).toEqual(expected);
  });

  it('a downgrade needs a tier', () => {
    expect(issues(3, { verdict: 'DOWNGRADED', verifiedTier: null, note: 'catatan' })).toEqual([
      'verifiedTier:VERDICT.TIER_REQUIRED',
    ]);
  });

  it('ignores a leftover tier when the verdict is no longer a downgrade', () => {
    expect(issues(3, { verdict: 'ACCEPTED', verifiedTier: 2, note: '' })).toEqual([]);
  });
});

describe('listDowngradeTiers', () => {
  it.each([
    [3, [2, 1]],
    [2, [1]],
    [1, []],
    [0, []],
  ])('claim %i -> %j', (claimed, tiers) => {
    expect(listDowngradeTiers(claimed)).toEqual(tiers);
  });
});

describe('toVerdictInput', () => {
  it('sends the tier only for a downgrade and a trimmed note or null', () => {
    expect(toVerdictInput({ verdict: 'ACCEPTED', verifiedTier: 2, note: '  ' })).toEqual({
      verdict: 'ACCEPTED',
      verifiedTier: null,
      note: null,
    });
    expect(toVerdictInput({ verdict: 'DOWNGRADED', verifiedTier: 1, note: ' kurang ' })).toEqual({
      verdict: 'DOWNGRADED',
      verifiedTier: 1,
      note: 'kurang',
    });
  });
});
