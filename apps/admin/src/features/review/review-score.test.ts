import { getEdition, type TEditionPack } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { scoreReview, type TReviewAnswer } from './review-score';

const edition = getEdition('iga-2026') as TEditionPack;
// IGA 2026 weights: 16 Regulasi 3, 17 SDM 2, 35 Video 4 (accepts a link as evidence).
const answer = (code: string, claimedTier: number, extra: Partial<TReviewAnswer> = {}): TReviewAnswer => ({
  code,
  claimedTier,
  verdict: 'PENDING',
  verifiedTier: null,
  evidenceCount: 1,
  links: [],
  ...extra,
});

describe('scoreReview', () => {
  it('counts nothing verified while every verdict is pending', () => {
    const s = scoreReview(edition, [answer('16', 3), answer('17', 2)]);
    expect(s).toMatchObject({ claimedX100: 1300, verifiedX100: 0, maxX100: 11_100, pendingCount: 2 });
  });

  it('accept keeps the claim, downgrade takes the lower tier, reject counts 0', () => {
    const s = scoreReview(edition, [
      answer('16', 3, { verdict: 'ACCEPTED' }),
      answer('17', 3, { verdict: 'DOWNGRADED', verifiedTier: 1 }),
      answer('35', 3, { verdict: 'REJECTED' }),
    ]);
    expect(s.claimedX100).toBe(900 + 600 + 1200);
    expect(s.verifiedX100).toBe(900 + 200);
    expect(s.counts).toEqual({ PENDING: 0, ACCEPTED: 1, DOWNGRADED: 1, REJECTED: 1 });
  });

  it('an accepted answer without evidence still counts 0 verified', () => {
    expect(
      scoreReview(edition, [answer('16', 3, { verdict: 'ACCEPTED', evidenceCount: 0 })]).verifiedX100,
    ).toBe(0);
  });

  it('a link is evidence for the video indicator (35) only', () => {
    const video = answer('35', 2, { verdict: 'ACCEPTED', evidenceCount: 0, links: ['https://youtu.be/x'] });
    const regulasi = answer('16', 2, {
      verdict: 'ACCEPTED',
      evidenceCount: 0,
      links: ['https://example.org/sk.pdf'],
    });
    expect(scoreReview(edition, [video, regulasi]).verifiedX100).toBe(800);
  });

  it('previews unsaved draft verdicts in place of the saved ones', () => {
    const answers = [answer('16', 3, { verdict: 'ACCEPTED' }), answer('17', 2)];
    const s = scoreReview(edition, answers, [
      { code: '16', verdict: 'DOWNGRADED', verifiedTier: 2 },
      { code: '17', verdict: 'ACCEPTED', verifiedTier: null },
    ]);
    expect(s.verifiedX100).toBe(600 + 400);
    expect(s.pendingCount).toBe(0);
    expect(scoreReview(edition, answers).verifiedX100).toBe(900);
  });
});
