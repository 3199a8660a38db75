import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../../test-support/jsdom-antd';
import carryOverId from '@inovda/i18n/locales/id/carry-over.json';
import commonId from '@inovda/i18n/locales/id/common.json';
import { DevelopmentNoteView, type TDevelopmentNoteViewProps } from './development-note-view';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { 'carry-over': carryOverId, common: commonId } });
});

function renderView(overrides: Partial<TDevelopmentNoteViewProps> = {}) {
  const onSave = vi.fn().mockResolvedValue(undefined);
  render(
    <DevelopmentNoteView
      note={null}
      required
      editable
      carriedFromYear={2025}
      saving={false}
      onSave={onSave}
      {...overrides}
    />,
  );
  return { onSave };
}

describe('DevelopmentNoteView', () => {
  it('asks for the note when the rule requires it and saves the trimmed text', async () => {
    const { onSave } = renderView();
    expect(screen.getByText('Inovasi ini dibawa dari periode 2025.')).toBeTruthy();
    expect(screen.getByText(/Wajib diisi sebelum diajukan/)).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Simpan catatan' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Apa yang berubah?'), {
      target: { value: '  Diperluas ke 21 puskesmas.  ' },
    });
    fireEvent.click(save);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('Diperluas ke 21 puskesmas.'));
  });

  it('clears a note emptied by the user', async () => {
    const { onSave } = renderView({ note: 'Lama.', required: false });
    expect(screen.getByText(/tidak wajib untuk inovasi ini/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Apa yang berubah?'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(null));
  });

  it('is read-only when the submission cannot change', () => {
    renderView({ note: 'Sudah dikirim.', editable: false });
    expect(screen.getByLabelText<HTMLTextAreaElement>('Apa yang berubah?').disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Simpan catatan' })).toBeNull();
    expect(screen.getByText('Catatan tidak dapat diubah pada status ini.')).toBeTruthy();
  });
});
