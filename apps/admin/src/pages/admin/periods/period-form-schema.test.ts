import { describe, expect, it } from 'vitest';
import { toPeriodInput, ZPeriodForm, type TPeriodForm } from './period-form-schema';

const valid: TPeriodForm = {
  year: 2026,
  name: 'Penilaian IID 2026',
  editionCode: 'iga-2026',
  state: 'OPEN',
  internalDeadline: new Date('2026-05-31T16:59:59Z'),
  nationalDeadline: new Date('2026-07-31T16:59:59Z'),
  standardMinMaturity: '90,5',
};

const messages = (input: unknown) => {
  const result = ZPeriodForm.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('ZPeriodForm', () => {
  it('accepts a complete period', () => {
    expect(messages(valid)).toEqual([]);
  });

  it.each([
    [1999, ['year:form.yearRange']],
    [2000, []],
    [2100, []],
    [2101, ['year:form.yearRange']],
    [2026.5, ['year:form.wholeNumber']],
  ])('year %d', (year, expected) => {
    expect(messages({ ...valid, year })).toEqual(expected);
  });

  it('requires a name of at least 2 characters besides spaces', () => {
    expect(messages({ ...valid, name: '  A ' })).toEqual(['name:form.tooShort']);
    expect(messages({ ...valid, name: 'AB' })).toEqual([]);
  });

  it('puts the internal deadline strictly before the national one, as the server does', () => {
    expect(messages({ ...valid, internalDeadline: valid.nationalDeadline })).toEqual([
      'internalDeadline:form.deadlineOrder',
    ]);
    expect(messages({ ...valid, internalDeadline: new Date(valid.nationalDeadline!.getTime() - 1) })).toEqual(
      [],
    );
    expect(messages({ ...valid, internalDeadline: new Date('2026-08-01T00:00:00Z') })).toEqual([
      'internalDeadline:form.deadlineOrder',
    ]);
  });

  it.each([
    ['', []],
    ['100', []],
    ['100,01', ['standardMinMaturity:form.scoreMax']],
    ['90,505', ['standardMinMaturity:form.scoreFormat']],
  ])('standard %j', (text, expected) => {
    expect(messages({ ...valid, standardMinMaturity: text })).toEqual(expected);
  });
});

describe('toPeriodInput', () => {
  it('sends the standard in exact hundredths, or null', () => {
    expect(toPeriodInput(valid).standardMinMaturityX100).toBe(9050);
    expect(toPeriodInput({ ...valid, standardMinMaturity: '' }).standardMinMaturityX100).toBeNull();
  });
});
