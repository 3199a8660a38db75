import { describe, expect, it } from 'vitest';
import {
  findingText,
  hasPendingCheck,
  isBelowClaim,
  suggestVerdict,
  type TEvidenceCheckView,
} from './evidence-check';

const lower: TEvidenceCheckView = {
  status: 'DONE',
  supportedTier: 2,
  findings: [
    {
      code: 'EVIDENCE.LOWER_KIND',
      severity: 'WARNING',
      evidenceId: 'e1',
      page: 1,
      snippet: 'PERATURAN BUPATI PATI',
      ocr: false,
      messages: {
        id: 'Bukti mendukung parameter 2, bukan 3: dokumen ini Peraturan Bupati Pati, bukan Peraturan Daerah.',
        en: 'The evidence supports parameter 2, not 3: this document is Peraturan Bupati Pati, not Regional Regulation (Perda).',
      },
    },
  ],
};

describe('evidence check view', () => {
  it('words a finding with its page in each language', () => {
    const [finding] = lower.findings;
    if (!finding) throw new Error('finding');
    expect(findingText(finding, 'id')).toBe(
      'Bukti mendukung parameter 2, bukan 3: dokumen ini Peraturan Bupati Pati, bukan Peraturan Daerah (hal. 1).',
    );
    expect(findingText(finding, 'en')).toMatch(/\(p\. 1\)\.$/);
  });

  it('suggests a downgrade to the supported tier with the warning as the note, and nothing when the claim holds', () => {
    expect(suggestVerdict(lower, 3, 'id')).toEqual({
      verdict: 'DOWNGRADED',
      verifiedTier: 2,
      note: 'Pemeriksaan bukti: Bukti mendukung parameter 2, bukan 3: dokumen ini Peraturan Bupati Pati, bukan Peraturan Daerah (hal. 1).',
    });
    expect(suggestVerdict(lower, 2, 'id')).toBeNull();
    expect(suggestVerdict({ ...lower, supportedTier: 0 }, 1, 'en')?.verdict).toBe('REJECTED');
    expect(suggestVerdict({ status: 'UNREADABLE', supportedTier: null, findings: [] }, 3, 'id')).toBeNull();
  });

  it('knows when to warn and when to keep polling', () => {
    expect(isBelowClaim(lower, 3)).toBe(true);
    expect(isBelowClaim(lower, 2)).toBe(false);
    expect(
      hasPendingCheck([
        { evidenceCheck: null },
        { evidenceCheck: { status: 'PENDING', supportedTier: null, findings: [] } },
      ]),
    ).toBe(true);
    expect(hasPendingCheck([{ evidenceCheck: lower }])).toBe(false);
  });
});
