import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../../test-support/jsdom-antd';
import commonId from '@inovda/i18n/locales/id/common.json';
import snapshotsEn from '@inovda/i18n/locales/en/snapshots.json';
import snapshotsId from '@inovda/i18n/locales/id/snapshots.json';
import { FreezeDialog } from './freeze-dialog';
import { SnapshotList, type TSnapshotRow } from './snapshot-list';
import { freezePlan } from './snapshot-view';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { snapshots: snapshotsId, common: commonId } });
});

const row = (over: Partial<TSnapshotRow>): TSnapshotRow => ({
  id: 's1',
  sequence: 1,
  sha256: 'ab12cd34ef56'.padEnd(64, '0'),
  size: 2_048,
  frozenAt: new Date('2026-06-01T03:00:00Z'),
  frozenBy: { name: 'Admin Bapperida' },
  sentAt: null,
  sentBy: null,
  status: 'FROZEN',
  itemCount: 3,
  verified: { iidX100: 4501, predicateLabel: 'Inovatif' },
  ...over,
});

/** Every key of one language file, dot-joined. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

// The first antd table render in a fresh jsdom is slow on a loaded 2-core machine.
describe('SnapshotList', { timeout: 30_000 }, () => {
  it('shows number, time, who, count, IID, short hash and status, and links the stored ZIP', () => {
    render(
      <SnapshotList
        snapshots={[
          row({
            id: 's2',
            sequence: 2,
            status: 'SENT',
            sentAt: new Date('2026-06-02T03:00:00Z'),
            sentBy: { name: 'Admin Bapperida' },
          }),
          row({}),
        ]}
        lng="id"
        isAdmin
        busy={new Set()}
        checks={{ s1: { status: 'ALTERED', checkedAt: new Date('2026-06-03T03:00:00Z') } }}
        onVerify={vi.fn()}
        onMarkSent={vi.fn()}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[1]!);
    expect(first.getByText('#1')).toBeTruthy();
    expect(first.getByText('ab12cd34ef56')).toBeTruthy();
    expect(first.getByText('45,01')).toBeTruthy();
    expect(first.getByText('Beku, belum dikirim')).toBeTruthy();
    expect(first.getByText(/^Berubah!/)).toBeTruthy();
    expect(first.getByRole('link', { name: 'Unduh ZIP paket #1' }).getAttribute('href')).toBe(
      '/exports/snapshots/s1/package.zip',
    );
    const sent = within(rows[0]!);
    expect(sent.getByText('Terkirim')).toBeTruthy();
    expect(sent.getByText(/^Terkirim .* oleh Admin Bapperida$/)).toBeTruthy();
  });

  it('offers "mark sent" only for a current snapshot and only to an ADMIN, and verify to all', () => {
    const onVerify = vi.fn();
    const onMarkSent = vi.fn();
    const { rerender } = render(
      <SnapshotList
        snapshots={[row({}), row({ id: 's2', sequence: 2, status: 'STALE' })]}
        lng="id"
        isAdmin
        busy={new Set()}
        checks={{}}
        onVerify={onVerify}
        onMarkSent={onMarkSent}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Tandai paket #2 terkirim' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tandai paket #1 terkirim' }));
    expect(onMarkSent).toHaveBeenCalledWith(expect.objectContaining({ id: 's1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Periksa keutuhan paket #2' }));
    expect(onVerify).toHaveBeenCalledWith(expect.objectContaining({ id: 's2' }));
    rerender(
      <SnapshotList
        snapshots={[row({})]}
        lng="id"
        isAdmin={false}
        busy={new Set()}
        checks={{}}
        onVerify={onVerify}
        onMarkSent={onMarkSent}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Tandai paket #1 terkirim' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Periksa keutuhan paket #1' })).toBeTruthy();
  });
});

describe('FreezeDialog', { timeout: 30_000 }, () => {
  const innovations = [
    {
      submissionId: 'a',
      name: 'Layanan Antar Obat',
      unit: { name: 'Dinas Kesehatan' },
      state: 'READY_TO_SEND',
    },
    { submissionId: 'b', name: 'Sistem Antrean', unit: { name: 'RSUD' }, state: 'SENT' },
  ];

  it('names what will be frozen and confirms with the set it showed', () => {
    const onConfirm = vi.fn();
    render(
      <FreezeDialog
        open
        plan={freezePlan(innovations)}
        innovations={innovations}
        verifiedIid="45,01 (Inovatif)"
        claimedIid="50,02 (Inovatif)"
        pending={false}
        onConfirm={onConfirm}
        onCancel={vi.fn()}
      />,
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('2 inovasi: 1 siap kirim, 1 sudah terkirim sebelumnya.')).toBeTruthy();
    expect(
      within(dialog).getByText(
        /IID paket kiriman \(n = 2 inovasi\): 45,01 \(Inovatif\) dari nilai terverifikasi/,
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('Layanan Antar Obat')).toBeTruthy();
    expect(within(dialog).getByText('RSUD · sudah terkirim')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /Bekukan paket/ }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('shows progress while freezing and refuses to confirm when nothing is ready', () => {
    const sentOnly = [innovations[1]!];
    const { rerender } = render(
      <FreezeDialog
        open
        plan={freezePlan(sentOnly)}
        innovations={sentOnly}
        verifiedIid="0,00"
        claimedIid="0,00"
        pending={false}
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByText(/belum ada yang dapat dibekukan/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Bekukan paket/ }).hasAttribute('disabled')).toBe(true);
    rerender(
      <FreezeDialog
        open
        plan={freezePlan(innovations)}
        innovations={innovations}
        verifiedIid="0,00"
        claimedIid="0,00"
        pending
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Membangun dan menyimpan paket ZIP… 0 detik/);
  });
});

describe('snapshots translations', () => {
  it('has every Indonesian key in English and no other', () => {
    expect(keysOf(snapshotsEn).sort()).toEqual(keysOf(snapshotsId).sort());
  });
});
