import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRawKeys } from '../../../e2e/support/raw-keys';
import evidenceEn from '@inovda/i18n/locales/en/evidence.json';
import evidenceId from '@inovda/i18n/locales/id/evidence.json';
import verifierEn from '@inovda/i18n/locales/en/verifier.json';
import verifierId from '@inovda/i18n/locales/id/verifier.json';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import type { TEvidenceCheckView } from '../evidence-check/evidence-check';
import { EvidenceCheckNote } from '../evidence-check/evidence-check-note';
import { PageTextExcerptView } from './page-text-excerpt';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({
    id: { verifier: verifierId, evidence: evidenceId },
    en: { verifier: verifierEn, evidence: evidenceEn },
  });
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('id');
});

const check: TEvidenceCheckView = {
  status: 'DONE',
  supportedTier: 2,
  findings: [
    {
      code: 'EVIDENCE.LOWER_KIND',
      severity: 'WARNING',
      evidenceId: 'file-1',
      page: 3,
      snippet: 'PERATURAN BUPATI PATI',
      ocr: false,
      messages: {
        id: 'Bukti mendukung tingkat 2, bukan 3: dokumen ini Peraturan Bupati Pati, bukan Peraturan Daerah.',
        en: 'The evidence supports level 2, not 3: this document is a Peraturan Bupati Pati, not a Peraturan Daerah.',
      },
    },
    {
      code: 'EVIDENCE.CERTIFICATE_MISSING',
      severity: 'WARNING',
      evidenceId: null,
      page: null,
      snippet: null,
      ocr: false,
      messages: { id: 'Tidak ada sertifikat.', en: 'No certificate.' },
    },
  ],
};

describe('opening a finding in the preview', () => {
  it('offers the page of a finding read at a place, and hands its file, page and snippet over', () => {
    const open = vi.fn();
    render(<EvidenceCheckNote check={check} claimedTier={3} onOpenFinding={open} />);
    const links = screen.getAllByRole('button', { name: 'Lihat hal. 3' });
    expect(links).toHaveLength(1);
    fireEvent.click(links[0] as HTMLElement);
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ evidenceId: 'file-1', page: 3, snippet: 'PERATURAN BUPATI PATI' }),
    );
  });

  it('marks the snippet in the page text, whatever its line breaks', () => {
    const focus = { evidenceId: 'file-1', page: 3, snippet: 'PERATURAN BUPATI PATI', n: 1 };
    const { container } = render(
      <PageTextExcerptView
        focus={focus}
        page={{ text: 'BUPATI PATI\nPERATURAN BUPATI\nPATI\nNOMOR 27 TAHUN 2024', ocr: true }}
      />,
    );
    expect(container.querySelector('mark')?.textContent).toBe('PERATURAN BUPATI\nPATI');
    expect(screen.getByText('Teks yang terbaca dari hal. 3')).toBeTruthy();
    expect(screen.getByText('dibaca dari pindaian (OCR), mohon dipastikan')).toBeTruthy();
    expect(findRawKeys(container.textContent ?? '')).toEqual([]);
  });

  it('says so when the snippet is not in the text or the page has none, in English too', async () => {
    await i18next.changeLanguage('en');
    const focus = { evidenceId: 'file-1', page: 2, snippet: 'PERATURAN DAERAH', n: 1 };
    const { container, rerender } = render(
      <PageTextExcerptView focus={focus} page={{ text: 'KEPUTUSAN BUPATI', ocr: false }} />,
    );
    expect(container.querySelector('mark')).toBeNull();
    expect(screen.getByText(/snippet is not found exactly/)).toBeTruthy();
    rerender(<PageTextExcerptView focus={focus} page={{ text: null, ocr: false }} />);
    expect(screen.getByText('The text of p. 2 is not read yet or there is none.')).toBeTruthy();
  });
});
