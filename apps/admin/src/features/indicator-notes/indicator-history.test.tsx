import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import commonId from '@inovda/i18n/locales/id/common.json';
import notesEn from '@inovda/i18n/locales/en/notes.json';
import notesId from '@inovda/i18n/locales/id/notes.json';
import { ResubmittedTag } from '../review/resubmitted-tag';
import { IndicatorHistoryView, type TIndicatorNote } from './indicator-history';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { notes: notesId, common: commonId }, en: { notes: notesEn } });
});

const notes: TIndicatorNote[] = [
  {
    id: 'a',
    kind: 'VERDICT',
    verdict: 'DOWNGRADED',
    verifiedTier: 1,
    text: 'SK bukan tahun 2025.',
    createdAt: new Date('2026-06-10T03:00:00Z'),
    authorName: 'Siti Verifikator',
    authorRole: 'VERIFIER',
  },
  {
    id: 'b',
    kind: 'REPLY',
    verdict: null,
    verifiedTier: null,
    text: 'Sudah diunggah ulang.',
    createdAt: new Date('2026-06-11T03:00:00Z'),
    authorName: 'Budi Operator',
    authorRole: 'OPERATOR',
  },
];

describe('IndicatorHistoryView', () => {
  it('shows who said what and when, verdicts in words, oldest first, no codes', () => {
    const { container } = render(<IndicatorHistoryView notes={notes} lng="id" timeZone="Asia/Jakarta" />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Siti Verifikator');
    expect(items[0]?.textContent).toContain('Verifikator');
    expect(items[0]?.textContent).toContain('Putusan verifikator: Diturunkan · tingkat terverifikasi 1');
    expect(items[0]?.textContent).toContain('SK bukan tahun 2025.');
    expect(items[1]?.textContent).toContain('Balasan');
    expect(items[1]?.textContent).toContain('Sudah diunggah ulang.');
    expect(container.textContent).not.toMatch(/DOWNGRADED|VERIFIER|REPLY/);
    expect(container.querySelector('time')?.getAttribute('dateTime')).toBe('2026-06-10T03:00:00.000Z');
  });
});

describe('ResubmittedTag', () => {
  it('marks a resubmission with its round, and nothing for a first submission', () => {
    const { container, rerender } = render(<ResubmittedTag submitCount={1} />);
    expect(container.textContent).toBe('');
    rerender(<ResubmittedTag submitCount={3} />);
    expect(container.textContent).toBe('Dikirim ulang · Pengajuan ke-3');
  });
});
