import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReminderRunResult, type TReminderRun } from '../../../features/notifications/reminder-run';
import { RegionTimeZoneContext } from '../../../lib/region-time-zone';
import adminId from '@inovda/i18n/locales/id/admin.json';
import commonId from '@inovda/i18n/locales/id/common.json';
import errorsId from '@inovda/i18n/locales/id/errors.json';
import notificationsId from '@inovda/i18n/locales/id/notifications.json';
import regionEn from '@inovda/i18n/locales/en/region.json';
import regionId from '@inovda/i18n/locales/id/region.json';
import { initTestI18n, installJsdomLayoutApis } from '../../../test-support/jsdom-antd';
import { RegionForm } from './region-form';
import { toRegionUpdate } from './region-form-schema';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({
    id: {
      region: regionId,
      admin: adminId,
      common: commonId,
      errors: errorsId,
      notifications: notificationsId,
    },
  });
});
afterEach(cleanup);

// 06:05 UTC: 13.05 WIB, 14.05 WITA, 15.05 WIT.
const NOW = new Date('2026-06-15T06:05:00Z');
const renderForm = (onSubmit = vi.fn().mockResolvedValue(undefined)) => {
  render(
    <RegionForm
      initial={{ name: 'Kabupaten Pati', timeZone: 'Asia/Jakarta' }}
      lng="id"
      now={NOW}
      onSubmit={onSubmit}
    />,
  );
  return onSubmit;
};
const preview = () => screen.getByTestId('region-zone-preview').textContent;

/** Opens the zone select and picks the option with this label. */
async function chooseZone(label: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Zona waktu' }));
  const option = await screen.findByTitle(label);
  fireEvent.click(option);
}

// The first antd render in a fresh jsdom is slow on a loaded 2-core machine.
describe('RegionForm', { timeout: 30_000 }, () => {
  it('offers the three zones as "WIB — Asia/Jakarta (UTC+7)" and previews the time in the chosen one', async () => {
    renderForm();
    expect(preview()).toMatch(/^Waktu sekarang di zona ini: 15 Jun 2026,? 13[.:]05 WIB$/);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Zona waktu' }));
    for (const label of [
      'WIB — Asia/Jakarta (UTC+7)',
      'WITA — Asia/Makassar (UTC+8)',
      'WIT — Asia/Jayapura (UTC+9)',
    ]) {
      // The chosen one also titles the closed select, so WIB appears twice.
      expect((await screen.findAllByTitle(label)).length).toBeGreaterThan(0);
    }
    fireEvent.click(screen.getByTitle('WIT — Asia/Jayapura (UTC+9)'));
    await waitFor(() => expect(preview()).toMatch(/15[.:]05 WIT$/));
  });

  it('saves the chosen zone and the trimmed name', async () => {
    const onSubmit = renderForm();
    await chooseZone('WITA — Asia/Makassar (UTC+8)');
    fireEvent.change(screen.getByLabelText('Nama daerah'), { target: { value: '  Kabupaten Pati Baru ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ name: 'Kabupaten Pati Baru', timeZone: 'Asia/Makassar' });
  });

  it('refuses an empty name before calling the server', async () => {
    const onSubmit = renderForm();
    fireEvent.change(screen.getByLabelText('Nama daerah'), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Terlalu pendek (minimal 2 karakter).')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows the server's refusal in place: the field message under the zone, the summary in the alert", async () => {
    const refusal = {
      message: 'Invalid input',
      data: {
        code: 'BAD_REQUEST',
        appCode: 'VALIDATION.INVALID_INPUT',
        fieldErrors: { timeZone: ['Zona waktu harus salah satu dari zona waktu Indonesia.'] },
      },
    };
    renderForm(vi.fn().mockRejectedValue(refusal));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Zona waktu harus salah satu dari zona waktu Indonesia.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(errorsId.VALIDATION.INVALID_INPUT);
    expect(screen.getByRole('combobox', { name: 'Zona waktu' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a conflict (someone else saved first) in the form alert', async () => {
    renderForm(
      vi.fn().mockRejectedValue({ message: 'x', data: { code: 'CONFLICT', appCode: 'EDIT.CONFLICT' } }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(errorsId.EDIT.CONFLICT));
  });
});

describe('toRegionUpdate', () => {
  const current = { name: 'Kabupaten Pati', timeZone: 'Asia/Jakarta', version: 4 };
  it('sends only what changed, always with the version', () => {
    expect(toRegionUpdate({ name: 'Kabupaten Pati', timeZone: 'Asia/Jakarta' }, current)).toEqual({
      version: 4,
    });
    expect(toRegionUpdate({ name: 'Kabupaten Pati', timeZone: 'Asia/Jayapura' }, current)).toEqual({
      version: 4,
      timeZone: 'Asia/Jayapura',
    });
  });
});

describe("dates follow the region's zone", () => {
  const run: TReminderRun = {
    notifications: 0,
    emails: 0,
    emailAvailable: false,
    byAudience: { OPERATOR: 0, VERIFIER: 0, ADMIN: 0 },
    // The demo's internal deadline: 23:59:59 WIB on 15 June, which is 00:59:59 WITA on 16 June.
    deadlines: [
      {
        periodId: 'p1',
        periodName: 'IID 2026',
        deadline: 'INTERNAL',
        deadlineAt: new Date('2026-06-15T16:59:59Z'),
        milestone: null,
        daysLeft: 9,
      },
    ],
  };
  it('shows WIB before the region is known, and the region zone inside its provider', () => {
    const { unmount } = render(<ReminderRunResult result={run} lng="id" />);
    expect(within(screen.getByRole('listitem')).getByText(/15 Juni 2026/)).toBeTruthy();
    unmount();
    render(
      <RegionTimeZoneContext.Provider value="Asia/Makassar">
        <ReminderRunResult result={run} lng="id" />
      </RegionTimeZoneContext.Provider>,
    );
    expect(within(screen.getByRole('listitem')).getByText(/16 Juni 2026/)).toBeTruthy();
  });
});

describe('region locales', () => {
  it('has the same keys in Indonesian and English', () => {
    expect(Object.keys(regionEn).sort()).toEqual(Object.keys(regionId).sort());
  });
});
