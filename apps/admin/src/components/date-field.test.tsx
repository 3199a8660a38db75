import { createEvent, fireEvent, render, screen } from '@testing-library/react';
import { useForm, useWatch } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../test-support/jsdom-antd';
import { DateField } from './rhf-fields';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: {} });
});

interface TForm {
  waktuPenerapan: string | null;
}

/** The profile form's shape: a date field inside a real <form> with a submit button. */
function Profile() {
  const { control } = useForm<TForm>({ defaultValues: { waktuPenerapan: null } });
  const value = useWatch({ control, name: 'waktuPenerapan' });
  return (
    <form>
      <DateField control={control} name="waktuPenerapan" label="Waktu penerapan" />
      <output data-testid="value">{value ?? 'kosong'}</output>
      <button type="submit">Simpan dan lanjut</button>
    </form>
  );
}

describe('DateField', () => {
  // Reported: typing a date and confirming it with Enter submitted the whole profile half-filled (the browser's
  // implicit submission), and the operator landed on the indicators with an incomplete draft.
  it('confirms a typed day with Enter without submitting the form around it', () => {
    render(<Profile />);
    const input = screen.getByLabelText<HTMLInputElement>('Waktu penerapan');
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '06/01/2025' } });
    const enter = createEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    fireEvent(input, enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(screen.getByTestId('value').textContent).toBe('2025-01-06');
  });

  it('leaves other keys alone', () => {
    render(<Profile />);
    const input = screen.getByLabelText<HTMLInputElement>('Waktu penerapan');
    const tab = createEvent.keyDown(input, { key: 'Tab', code: 'Tab' });
    fireEvent(input, tab);
    expect(tab.defaultPrevented).toBe(false);
  });
});
