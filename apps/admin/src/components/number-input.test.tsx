import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../test-support/jsdom-antd';
import { NumberInput } from './number-input';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: {} });
});

/** A budget field as the profile form holds it: the number, and the reason the text is not one. */
function Budget({ initial }: { initial?: number }) {
  const [value, setValue] = useState<number | undefined>(initial);
  const [issue, setIssue] = useState<string | null>(null);
  return (
    <>
      <label htmlFor="budget">Anggaran</label>
      <NumberInput id="budget" prefix="Rp" value={value} onChange={setValue} onIssue={setIssue} />
      <output data-testid="value">{value === undefined ? 'kosong' : String(value)}</output>
      <output data-testid="issue">{issue ?? ''}</output>
    </>
  );
}

const input = () => screen.getByLabelText<HTMLInputElement>('Anggaran');
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

describe('NumberInput (a budget in rupiah)', () => {
  it('shows a stored amount grouped the Indonesian way, not "150000000"', () => {
    render(<Budget initial={150000000} />);
    expect(input().value).toBe('150.000.000');
  });

  it.each([
    ['1.250.000.000', '1250000000', '1.250.000.000'],
    ['150000000', '150000000', '150.000.000'],
    ['Rp 15.000.000,00', '15000000', '15.000.000'],
    ['2.012', '2012', '2.012'],
  ])('reads %j as %s and writes it %s once the field is left', (typed, value, shown) => {
    render(<Budget />);
    type(typed);
    expect(screen.getByTestId('value').textContent).toBe(value);
    expect(input().value).toBe(typed);
    fireEvent.blur(input());
    expect(input().value).toBe(shown);
    expect(screen.getByTestId('issue').textContent).toBe('');
  });

  it('keeps an unreadable text to fix, with the reason, and holds no number', () => {
    render(<Budget initial={5} />);
    type('1,250,000');
    expect(screen.getByTestId('value').textContent).toBe('NaN');
    expect(screen.getByTestId('issue').textContent).toContain('maksud Anda 1.250.000?');
    fireEvent.blur(input());
    expect(input().value).toBe('1,250,000');
    type('12,5');
    expect(screen.getByTestId('issue').textContent).toContain('tulis bilangan bulat');
    type('');
    expect(screen.getByTestId('value').textContent).toBe('kosong');
  });
});
