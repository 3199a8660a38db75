import { describe, expect, it } from 'vitest';
import { parseScoreX100, scoreX100ToInput } from './score-input';

describe('parseScoreX100', () => {
  it.each([
    ['90', 9000],
    ['90,5', 9050],
    ['90.50', 9050],
    ['0,05', 5],
    [' 111 ', 11100],
    ['0', 0],
  ])('%s -> %i', (text, x100) => {
    expect(parseScoreX100(text)).toBe(x100);
  });

  it.each(['', '90,505', '-1', 'abc', '1e2', '90,', '1000'])('rejects %j', (text) => {
    expect(parseScoreX100(text)).toBeNull();
  });

  it('does not drift on values that are inexact in binary (0,29 -> 29)', () => {
    expect(parseScoreX100('0,29')).toBe(29);
    expect(parseScoreX100('64,01')).toBe(6401);
  });
});

describe('scoreX100ToInput', () => {
  it('writes two decimals with the chosen separator', () => {
    expect(scoreX100ToInput(9050, ',')).toBe('90,50');
    expect(scoreX100ToInput(5, '.')).toBe('0.05');
  });

  it('round-trips with parseScoreX100', () => {
    for (const x of [0, 1, 99, 100, 6501, 11100]) expect(parseScoreX100(scoreX100ToInput(x, ','))).toBe(x);
  });
});
