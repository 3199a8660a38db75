import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import commonId from '@inovda/i18n/locales/id/common.json';
import errorsId from '@inovda/i18n/locales/id/errors.json';
import verifierId from '@inovda/i18n/locales/id/verifier.json';
import { VerdictFormView } from './verdict-form-view';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { verifier: verifierId, common: commonId, errors: errorsId } });
});

function renderForm(onSave = vi.fn().mockResolvedValue(undefined), onDraft = vi.fn()) {
  render(
    <VerdictFormView
      code="16"
      claimedTier={3}
      initial={{ verdict: 'ACCEPTED', verifiedTier: null, note: '' }}
      optionText={(tier) => `Parameter ${tier}`}
      onDraft={onDraft}
      onSave={onSave}
    />,
  );
  return { onSave, onDraft };
}

describe('VerdictFormView', () => {
  it('saves an accept without a note', async () => {
    const { onSave } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan putusan' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ verdict: 'ACCEPTED', verifiedTier: null, note: '' }),
    );
  });

  it('refuses a rejection without a note, next to the field, without calling the server', async () => {
    const { onSave, onDraft } = renderForm();
    fireEvent.click(screen.getByRole('radio', { name: 'Tolak' }));
    await waitFor(() =>
      expect(onDraft).toHaveBeenLastCalledWith('16', { code: '16', verdict: 'REJECTED', verifiedTier: null }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Simpan putusan' }));
    await screen.findByText('Tulis catatan: wajib untuk putusan turunkan atau tolak.');
    expect(screen.getByLabelText(/Catatan untuk OPD/).getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('offers only lower tiers for a downgrade and needs one', async () => {
    const { onSave } = renderForm();
    fireEvent.click(screen.getByRole('radio', { name: 'Turunkan' }));
    fireEvent.change(screen.getByLabelText(/Catatan untuk OPD/), {
      target: { value: 'Bukti hanya SK Kepala PD' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan putusan' }));
    await screen.findByText('Pilih tingkat yang lebih rendah.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the server refusal in words when saving fails', async () => {
    const error = Object.assign(new Error('x'), {
      data: { code: 'BAD_REQUEST', appCode: 'REVIEW.NOT_IN_REVIEW', params: { state: 'RETURNED' } },
    });
    renderForm(vi.fn().mockRejectedValue(error));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan putusan' }));
    await screen.findByText(/Putusan hanya dapat diberikan saat pengajuan sedang diverifikasi/);
  });
});
