import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import verifierEn from '@inovda/i18n/locales/en/verifier.json';
import verifierId from '@inovda/i18n/locales/id/verifier.json';
import { CarryOverPanel, showsCarryOverPanel, type TCarryOverPanelProps } from './carry-over-panel';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { verifier: verifierId }, en: { verifier: verifierEn } });
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('id');
});

const carried: TCarryOverPanelProps = {
  carriedFrom: { period: { year: 2025, name: 'IID 2025' }, verifiedMaturityX100: 6501 },
  developmentNote: 'Diperluas ke 21 puskesmas.',
  required: true,
};

describe('CarryOverPanel', () => {
  it('shows where the innovation came from, its verified maturity there and the note', () => {
    render(<CarryOverPanel {...carried} />);
    expect(screen.getByText('Inovasi lanjutan dari periode sebelumnya')).toBeTruthy();
    expect(screen.getByText('Dibawa dari periode IID 2025 (2025).')).toBeTruthy();
    expect(screen.getByText('Kematangan terverifikasi di periode itu: 65,01')).toBeTruthy();
    expect(screen.getByText('Diperluas ke 21 puskesmas.')).toBeTruthy();
    expect(screen.getByText('Wajib')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns when the rule requires the note and the OPD left it empty', () => {
    render(<CarryOverPanel {...carried} developmentNote="   " />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /Catatan pengembangan wajib untuk inovasi ini tetapi belum diisi OPD/,
    );
  });

  it('says so when the source was never verified and the note is optional', () => {
    render(
      <CarryOverPanel
        carriedFrom={{ period: { year: 2024, name: 'IID 2024' }, verifiedMaturityX100: null }}
        developmentNote={null}
        required={false}
      />,
    );
    expect(screen.getByText(/belum tersedia/)).toBeTruthy();
    expect(screen.getByText(/tidak wajib untuk inovasi ini/)).toBeTruthy();
    expect(screen.queryByText('Wajib')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks English with a decimal point', async () => {
    await i18next.changeLanguage('en');
    render(<CarryOverPanel {...carried} developmentNote={null} />);
    expect(screen.getByText('Carried over from the IID 2025 period (2025).')).toBeTruthy();
    expect(screen.getByText('Verified maturity in that period: 65.01')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/A development note is required/);
  });

  it.each([
    [{ carriedFrom: null, developmentNote: null, required: false }, false],
    [{ carriedFrom: null, developmentNote: ' ', required: false }, false],
    [{ carriedFrom: null, developmentNote: 'Catatan.', required: false }, true],
    [{ carriedFrom: null, developmentNote: null, required: true }, true],
    [carried, true],
  ] as const)('is shown for %j: %s', (props, shown) => {
    expect(showsCarryOverPanel(props)).toBe(shown);
  });
});
