import { describe, expect, it } from 'vitest';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { ISSUE_MESSAGES } from '../messages/issue-messages.ts';
import { validProfile } from '../profile/test-support.ts';
import type { ReadinessAnswer } from './answer-checks.ts';
import { normalizeFileKind } from './file-kind.ts';
import { checkInnovationReadiness } from './innovation-readiness.ts';

const MANDATORY = ['16', '17', '32', '33', '35'];
const ready = (code: string): ReadinessAnswer => ({
  code,
  claimedTier: 2,
  evidenceCount: 1,
  evidenceKinds: code === '35' ? ['mp4'] : ['pdf'],
  ...(code === '33' ? { basis: 'a' } : {}),
});
const complete = () => MANDATORY.map(ready);
const check = (answers: ReadinessAnswer[], purpose?: 'SUBMIT' | 'SEND') =>
  checkInnovationReadiness(
    IGA_2026,
    { profile: validProfile(), answers },
    { assessmentYear: 2026, ...(purpose ? { purpose } : {}) },
  );
const summary = (answers: ReadinessAnswer[], purpose?: 'SUBMIT' | 'SEND') =>
  check(answers, purpose).issues.map((i) => `${i.code}:${i.severity}:${String(i.params.code ?? '')}`);

describe('checkInnovationReadiness', () => {
  it('is ready with the five mandatory indicators answered with evidence', () => {
    expect(check(complete())).toEqual({ issues: [], blocking: false });
  });

  it.each(MANDATORY)('blocks when mandatory indicator %s is missing or at tier 0', (code) => {
    const without = complete().filter((a) => a.code !== code);
    expect(summary(without)).toEqual([`READINESS.MANDATORY_INDICATOR_MISSING:ERROR:${code}`]);
    const zero = complete().map((a) =>
      a.code === code ? { ...a, claimedTier: 0, evidenceCount: 0, evidenceKinds: [] } : a,
    );
    expect(check(zero).blocking).toBe(true);
  });

  it('blocks a mandatory tier without evidence and warns for an optional one', () => {
    const answers = [
      ...complete().map((a) => (a.code === '16' ? { ...a, evidenceCount: 0, evidenceKinds: [] } : a)),
      { code: '18', claimedTier: 1, evidenceCount: 0 },
    ];
    expect(summary(answers)).toEqual([
      'READINESS.EVIDENCE_MISSING:ERROR:16',
      'READINESS.EVIDENCE_MISSING:WARNING:18',
    ]);
  });

  it('accepts a link as evidence only for indicator 35', () => {
    const video = { code: '35', claimedTier: 3, evidenceCount: 0, links: ['https://youtu.be/abc'] };
    expect(summary([...complete().filter((a) => a.code !== '35'), video])).toEqual([]);
    const linkOnly = { code: '16', claimedTier: 3, evidenceCount: 0, links: ['https://jdih.patikab.go.id'] };
    expect(summary([...complete().filter((a) => a.code !== '16'), linkOnly])).toEqual([
      'READINESS.LINK_NOT_ALLOWED:WARNING:16',
      'READINESS.EVIDENCE_MISSING:ERROR:16',
    ]);
  });

  it.each([
    ['16', ['pdf'], []],
    ['16', ['jpg'], ['READINESS.EVIDENCE_KIND_NOT_ALLOWED:ERROR:16']],
    ['19', ['JPG', 'image/png', '.pdf'], []],
    ['25', ['pdf'], ['READINESS.EVIDENCE_KIND_NOT_ALLOWED:ERROR:25']],
    ['35', ['mp4', 'jpeg'], []],
    ['35', ['docx'], ['READINESS.EVIDENCE_KIND_NOT_ALLOWED:ERROR:35']],
  ])('indicator %s with %o -> %o', (code, kinds, expected) => {
    const answers = [...complete().filter((a) => a.code !== code), { ...ready(code), evidenceKinds: kinds }];
    expect(summary(answers)).toEqual(expected);
  });

  it('needs a known basis for indicator 33', () => {
    const noBasis = complete().map((a) => (a.code === '33' ? { ...a, basis: null } : a));
    expect(summary(noBasis)).toEqual(['READINESS.BASIS_REQUIRED:ERROR:33']);
    const badBasis = complete().map((a) => (a.code === '33' ? { ...a, basis: 'g' } : a));
    expect(summary(badBasis)).toEqual(['READINESS.BASIS_UNKNOWN:ERROR:33']);
  });

  it.each([
    [{ ...ready('16'), claimedTier: 4 }, '4'],
    [{ ...ready('17'), claimedTier: 1.5 }, '1.5'],
    [{ ...ready('32'), verdict: 'DOWNGRADED' as const, verifiedTier: 7 }, '7'],
  ])('reports a tier outside 0..3 as an issue, not an exception: %o', (answer, tier) => {
    const answers = [...complete().filter((a) => a.code !== answer.code), answer];
    const issue = check(answers).issues.find((i) => i.code === 'READINESS.TIER_INVALID');
    expect(issue?.params).toEqual({ code: answer.code, tier });
  });

  it('reports unknown and duplicate indicator codes', () => {
    expect(summary([...complete(), ready('36'), ready('16')])).toEqual([
      'READINESS.UNKNOWN_INDICATOR:ERROR:36',
      'READINESS.DUPLICATE_ANSWER:ERROR:16',
    ]);
  });

  it('for sending, needs every mandatory indicator to survive verification', () => {
    const verified = complete().map((a) => ({ ...a, verdict: 'ACCEPTED' as const }));
    expect(summary(verified, 'SEND')).toEqual([]);
    const downgraded = verified.map((a) =>
      a.code === '17' ? { ...a, verdict: 'DOWNGRADED' as const, verifiedTier: 1 } : a,
    );
    expect(summary(downgraded, 'SEND')).toEqual([]);
    const rejected = verified.map((a) => (a.code === '32' ? { ...a, verdict: 'REJECTED' as const } : a));
    expect(summary(rejected, 'SEND')).toEqual(['READINESS.MANDATORY_NOT_VERIFIED:ERROR:32']);
    expect(summary(complete(), 'SEND')).toHaveLength(5); // all still PENDING
  });

  it('includes the profile issues and has a message for every code', () => {
    const report = checkInnovationReadiness(IGA_2026, { profile: {}, answers: [] }, { assessmentYear: 2026 });
    expect(report.blocking).toBe(true);
    for (const issue of report.issues) expect(ISSUE_MESSAGES[issue.code]).toBeDefined();
  });
});

describe('normalizeFileKind', () => {
  it.each([
    ['jpg', 'JPEG'],
    ['JPEG', 'JPEG'],
    ['image/jpeg', 'JPEG'],
    ['.png', 'PNG'],
    ['application/pdf', 'PDF'],
    ['video/mp4', 'MP4'],
    ['gif', undefined],
    ['', undefined],
  ])('%j -> %s', (kind, expected) => {
    expect(normalizeFileKind(kind)).toBe(expected);
  });
});
