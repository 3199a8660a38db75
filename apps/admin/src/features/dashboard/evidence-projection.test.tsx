import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findRawKeys } from '../../../e2e/support/raw-keys';
import dashboardEn from '@inovda/i18n/locales/en/dashboard.json';
import dashboardId from '@inovda/i18n/locales/id/dashboard.json';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import { countNotRead, EvidenceGapPanel, EvidenceProjectionColumn } from './evidence-projection';
import { ProjectionCard } from './projection-card';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { dashboard: dashboardId }, en: { dashboard: dashboardEn } });
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('id');
});

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

const verified = { iidX100: 4501, predicate: 'INOVATIF' as const, innovationCount: 3 };
const claimed = { iidX100: 6020, predicate: 'SANGAT_INOVATIF' as const, innovationCount: 5 };
const supported = { iidX100: 5275, predicate: 'INOVATIF' as const, innovationCount: 5 };
const indicators = { assessed: 30, pending: 4, unreadable: 2, failed: 1, notAssessed: 12, noEvidence: 3 };
const units = [
  {
    unitId: 'u1',
    name: 'Dinas Kesehatan',
    innovationCount: 3,
    claimedAverageX100: 7250,
    supportedAverageX100: 5125,
    gapX100: 2125,
    notRead: 7,
  },
  {
    unitId: 'u2',
    name: 'Kecamatan Juwana',
    innovationCount: 2,
    claimedAverageX100: 4000,
    supportedAverageX100: 4000,
    gapX100: 0,
    notRead: 0,
  },
];

/** The screen's texts, one per element without children, so neighbours do not run into one word. */
const textsOf = (root: HTMLElement) =>
  [...root.querySelectorAll('*')]
    .filter((el) => el.children.length === 0)
    .map((el) => el.textContent ?? '')
    .join(' ');

function renderAll() {
  return render(
    <>
      <ProjectionCard
        verified={verified}
        claimed={claimed}
        evidence={
          <EvidenceProjectionColumn supported={supported} claimed={claimed} indicators={indicators} />
        }
      />
      <EvidenceGapPanel units={units} />
    </>,
  );
}

describe('evidence projection', () => {
  it('counts waiting, unreadable and failed indicators as not read', () => {
    expect(countNotRead(indicators)).toBe(7);
  });

  it('shows the supported IID beside the others with its n and the unit gaps, in Indonesian', () => {
    const { container } = renderAll();
    expect(screen.getByText('IID yang didukung bukti (n = 5 inovasi)')).toBeTruthy();
    expect(screen.getByText('52,75')).toBeTruthy();
    expect(screen.getByText(/30 dari 52 indikator yang diklaim sudah dibaca/)).toBeTruthy();
    expect(screen.getByText(/^7 indikator buktinya belum terbaca/)).toBeTruthy();
    expect(screen.getByText(/^12 indikator tidak dapat dinilai/)).toBeTruthy();
    expect(
      screen.getByText('3 indikator diklaim tanpa berkas bukti sama sekali dan dihitung 0.'),
    ).toBeTruthy();
    expect(screen.getByText('Selisih 7,45 poin dari klaim belum didukung dokumen bukti.')).toBeTruthy();
    const rows = [...container.querySelectorAll('tr.ant-table-row')].map((tr) => tr.textContent);
    expect(rows[0]).toContain('Dinas Kesehatan');
    expect(rows[0]).toContain('72,50');
    expect(rows[0]).toContain('51,25');
    expect(rows[0]).toContain('21,25');
    expect(rows[1]).toContain('Kecamatan Juwana');
    expect(findRawKeys(textsOf(container))).toEqual([]);
  });

  it('has every text in English too', async () => {
    expect(keysOf(dashboardEn).sort()).toEqual(keysOf(dashboardId).sort());
    await i18next.changeLanguage('en');
    const { container } = renderAll();
    expect(screen.getByText('IID supported by evidence (n = 5 innovations)')).toBeTruthy();
    expect(screen.getByText('Largest gaps between claim and evidence, by unit')).toBeTruthy();
    expect(screen.getByText('21.25')).toBeTruthy();
    expect(findRawKeys(textsOf(container))).toEqual([]);
  });
});
