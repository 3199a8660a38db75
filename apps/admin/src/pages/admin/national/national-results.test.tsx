import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import commonId from '@inovda/i18n/locales/id/common.json';
import dashboardId from '@inovda/i18n/locales/id/dashboard.json';
import nationalEn from '@inovda/i18n/locales/en/national.json';
import nationalId from '@inovda/i18n/locales/id/national.json';
import { initTestI18n, installJsdomLayoutApis } from '../../../test-support/jsdom-antd';
import { NationalSummary } from './national-summary';
import { NationalTable } from './national-table';
import { chartData, diffTone, parseNationalScore, type TNationalItem } from './national-view';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { national: nationalId, common: commonId, dashboard: dashboardId } });
});

function item(over: Partial<TNationalItem> & { submissionId: string }): TNationalItem {
  const nationalX100 = over.nationalX100 ?? null;
  const verifiedX100 = over.verifiedX100 ?? 8000;
  const claimedX100 = over.claimedX100 ?? 10900;
  const diff = nationalX100 === null ? null : nationalX100 - verifiedX100;
  return {
    id: over.submissionId,
    innovationId: `inn-${over.submissionId}`,
    name: `Inovasi ${over.submissionId}`,
    unitName: 'Dinas Kesehatan',
    claimedX100,
    verifiedX100,
    nationalX100,
    nationalMinusVerifiedX100: diff,
    nationalMinusClaimedX100: nationalX100 === null ? null : nationalX100 - claimedX100,
    overEstimated: diff !== null && -diff > 500,
    national:
      nationalX100 === null
        ? null
        : {
            id: `nr-${over.submissionId}`,
            submissionId: over.submissionId,
            maturityX100: nationalX100,
            note: null,
            version: 3,
            updatedAt: new Date('2026-11-01T00:00:00Z'),
            recordedBy: { name: 'Admin' },
          },
    ...over,
  };
}

const items = [item({ submissionId: 'a', nationalX100: 5900 }), item({ submissionId: 'b' })];

/** Every key of one language file, dot-joined. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('national view helpers', () => {
  it.each([
    ['72,5', 11100, { ok: true, x100: 7250 }],
    ['111', 11100, { ok: true, x100: 11100 }],
    ['111,01', 11100, { ok: false, reason: 'max' }],
    ['7,255', 11100, { ok: false, reason: 'format' }],
    ['-1', 11100, { ok: false, reason: 'format' }],
  ])('parses %s (max %i)', (text, max, expected) => {
    expect(parseNationalScore(text, max)).toEqual(expected);
  });

  it('tones the difference and puts innovations with a national result first in the chart', () => {
    expect(items.map(diffTone)).toEqual(['over', 'none']);
    expect(diffTone(item({ submissionId: 'c', nationalX100: 7600 }))).toBe('lower');
    expect(diffTone(item({ submissionId: 'd', nationalX100: 8000 }))).toBe('ok');
    expect(chartData([items[1] as TNationalItem, items[0] as TNationalItem]).map((d) => d.key)).toEqual([
      'a',
      'b',
    ]);
  });

  it('has the same keys in Indonesian and English', () => {
    expect(keysOf(nationalEn).sort()).toEqual(keysOf(nationalId).sort());
  });
});

// The first antd render in a fresh jsdom is slow on a loaded 2-core machine.
describe('NationalTable (phone: cards)', { timeout: 30_000 }, () => {
  it('shows klaim, terverifikasi, nasional and the coloured difference read-only for a viewer', () => {
    render(
      <NationalTable
        items={items}
        maxX100={11100}
        lng="id"
        canEdit={false}
        onSave={vi.fn()}
        onClear={vi.fn()}
      />,
    );
    const card = screen.getByText('Inovasi a').closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('109,00')).toBeTruthy();
    expect(within(card).getByText('80,00')).toBeTruthy();
    expect(within(card).getByText('59,00')).toBeTruthy();
    expect(within(card).getByText('-21,00 · terlalu tinggi').closest('.ant-tag')?.className).toMatch(/red/);
    const other = screen.getByText('Inovasi b').closest('.ant-card') as HTMLElement;
    expect(within(other).getAllByText('Belum dicatat').length).toBeGreaterThan(0);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('lets the ADMIN save a typed score as exact hundredths, with the row version', async () => {
    const onSave = vi.fn().mockResolvedValue({});
    render(
      <NationalTable items={items} maxX100={11100} lng="id" canEdit onSave={onSave} onClear={vi.fn()} />,
    );
    const input = screen.getByLabelText('Nilai nasional Inovasi a');
    expect((input as HTMLInputElement).value).toBe('59,00');
    fireEvent.change(input, { target: { value: '72,5' } });
    fireEvent.click(
      within(input.closest('.ant-card') as HTMLElement).getByRole('button', { name: 'Simpan' }),
    );
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('a', 7250, 3));
    const empty = screen.getByLabelText('Nilai nasional Inovasi b');
    fireEvent.change(empty, { target: { value: '60' } });
    fireEvent.click(
      within(empty.closest('.ant-card') as HTMLElement).getByRole('button', { name: 'Simpan' }),
    );
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('b', 6000, null));
  });

  it('refuses a score above the edition maximum under the input, without calling the server', async () => {
    const onSave = vi.fn();
    render(
      <NationalTable items={items} maxX100={11100} lng="id" canEdit onSave={onSave} onClear={vi.fn()} />,
    );
    const input = screen.getByLabelText('Nilai nasional Inovasi b');
    fireEvent.change(input, { target: { value: '112' } });
    fireEvent.click(
      within(input.closest('.ant-card') as HTMLElement).getByRole('button', { name: 'Simpan' }),
    );
    expect(await screen.findByText('Paling tinggi 111,00 (kematangan maksimum edisi ini).')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('NationalTable (wide screen: table)', { timeout: 30_000 }, () => {
  it('shows one table row per sent innovation', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'matchMedia');
    const narrow = original?.value as (query: string) => MediaQueryList;
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({ ...narrow(query), matches: true }),
    });
    try {
      render(
        <NationalTable
          items={items}
          maxX100={11100}
          lng="id"
          canEdit={false}
          onSave={vi.fn()}
          onClear={vi.fn()}
        />,
      );
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows).toHaveLength(2);
      expect(within(rows[0] as HTMLElement).getByText('-21,00 · terlalu tinggi')).toBeTruthy();
    } finally {
      if (original) Object.defineProperty(window, 'matchMedia', original);
    }
  });
});

describe('NationalSummary', { timeout: 30_000 }, () => {
  it('shows bias, mean absolute difference, over-estimated count and the region IID internal vs national', () => {
    render(
      <NationalSummary
        lng="id"
        summary={{
          itemCount: 3,
          withNationalCount: 2,
          biasX100: -1050,
          meanAbsDiffX100: 1051,
          claimBiasX100: -2500,
          overEstimatedCount: 1,
          toleranceX100: 500,
          toleranceRule: { source: ['Pemda'], confidence: 'UNCONFIRMED', note: 'Pilihan Pemda' },
        }}
        region={{
          projectedIidX100: 6501,
          projectedPredicate: 'SANGAT_INOVATIF',
          nationalIidX100: 5800,
          nationalPredicate: 'INOVATIF',
          iidDifferenceX100: -701,
          predicateMatched: false,
          projectedIid: '65.01',
          national: null,
        }}
      />,
    );
    expect(screen.getByText('2 / 3')).toBeTruthy();
    expect(screen.getByText('-10,50')).toBeTruthy();
    expect(screen.getByText('10,51')).toBeTruthy();
    expect(screen.getByText('Dinilai terlalu tinggi (> 5,00 poin)')).toBeTruthy();
    expect(screen.getByText('65,01')).toBeTruthy();
    expect(screen.getByText('58,00')).toBeTruthy();
    // Each IID is named for the set it counts, with its n (issue 9 point 6).
    expect(screen.getByText('IID yang sudah dikirim, nilai terverifikasi (n = 3 inovasi)')).toBeTruthy();
    expect(screen.getByText('IID hasil penilaian nasional')).toBeTruthy();
    expect(screen.getByText('2 inovasi terkirim sudah punya nilai nasional.')).toBeTruthy();
    expect(screen.getByText('Sangat Inovatif')).toBeTruthy();
    expect(screen.getByText('Predikat berbeda')).toBeTruthy();
    expect(screen.getByText(/pilihan Pemda, bukan aturan BSKDN/)).toBeTruthy();
  });
});
