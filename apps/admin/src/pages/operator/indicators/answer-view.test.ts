import { getEdition, type TSidIndicator } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { isAnswerComplete, type TAnswerView } from './answer-view';

const filled: TAnswerView = {
  code: '16',
  claimedTier: 3,
  basis: null,
  links: [],
  verdict: 'PENDING',
  verifiedTier: null,
  verifierNote: null,
  evidence: [{ id: 'e1', originalName: 'sk.pdf', kind: 'PDF', size: 1000 }],
};

const indicator = (code: string) => getEdition('iga-2026')?.sid.find((i) => i.code === code) as TSidIndicator;
// 16 takes files only; 35 accepts a link as evidence.
const filesOnly = indicator('16');
const takesLinks = indicator('35');

describe('isAnswerComplete (the green border of an indicator card)', () => {
  it.each(['PENDING', 'ACCEPTED', 'DOWNGRADED'] as const)(
    'is complete with a tier and evidence (%s)',
    (verdict) => {
      expect(isAnswerComplete({ ...filled, verdict }, filesOnly)).toBe(true);
    },
  );

  it('is not complete once the verifier rejected it, whatever was filled', () => {
    expect(isAnswerComplete({ ...filled, verdict: 'REJECTED' }, filesOnly)).toBe(false);
  });

  it('needs a tier and evidence (a link only where the indicator takes links)', () => {
    expect(isAnswerComplete({ ...filled, claimedTier: 0 }, filesOnly)).toBe(false);
    const linkOnly = { ...filled, evidence: [], links: ['https://example.org'] };
    expect(isAnswerComplete(linkOnly, filesOnly)).toBe(false);
    expect(isAnswerComplete({ ...linkOnly, code: '35' }, takesLinks)).toBe(true);
  });
});
