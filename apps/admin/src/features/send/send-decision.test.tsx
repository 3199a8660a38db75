import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import dashboardEn from '@inovda/i18n/locales/en/dashboard.json';
import dashboardId from '@inovda/i18n/locales/id/dashboard.json';
import sendEn from '@inovda/i18n/locales/en/send.json';
import sendId from '@inovda/i18n/locales/id/send.json';
import { ProjectionCard } from '../dashboard/projection-card';
import { rowsFor } from './send-decision-card';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({
    id: { dashboard: dashboardId, send: sendId },
    en: { dashboard: dashboardEn, send: sendEn },
  });
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('id');
});

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

const row = (submissionId: string, state: 'VERIFIED' | 'READY_TO_SEND' | 'SENT') => ({
  submissionId,
  innovationId: `i-${submissionId}`,
  name: submissionId,
  unitName: 'Dinas',
  state,
  version: 1,
  includeInSend: true,
  verifiedMaturityX100: 5000,
  inPackage: state !== 'VERIFIED',
});

describe('send decision', () => {
  it('applies a bulk move only to the selected rows it can move', () => {
    const rows = [row('a', 'VERIFIED'), row('b', 'READY_TO_SEND'), row('c', 'SENT'), row('d', 'VERIFIED')];
    expect(rowsFor('MARK_READY', rows).map((r) => r.submissionId)).toEqual(['a', 'd']);
    expect(rowsFor('UNMARK_READY', rows).map((r) => r.submissionId)).toEqual(['b']);
  });

  it('has every text in Indonesian and English', () => {
    expect(keysOf(sendEn).sort()).toEqual(keysOf(sendId).sort());
  });

  it('names the dashboard IID for what it counts, with its n, in both languages', async () => {
    const verified = { iidX100: 4501, predicate: 'INOVATIF' as const, innovationCount: 3 };
    const claimed = { iidX100: 5002, predicate: 'INOVATIF' as const, innovationCount: 5 };
    render(<ProjectionCard verified={verified} claimed={claimed} />);
    expect(screen.getByText('IID dari inovasi terverifikasi (n = 3 inovasi)')).toBeTruthy();
    expect(screen.getByText('IID dari klaim OPD (n = 5 inovasi)')).toBeTruthy();
    cleanup();
    await i18next.changeLanguage('en');
    render(<ProjectionCard verified={{ ...verified, innovationCount: 1 }} claimed={claimed} />);
    expect(screen.getByText('IID of the verified innovations (n = 1 innovation)')).toBeTruthy();
  });
});
