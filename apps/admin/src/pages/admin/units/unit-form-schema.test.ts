import { describe, expect, it } from 'vitest';
import { ZUnitForm } from './unit-form-schema';

const valid = {
  name: 'Puskesmas Cluwak',
  short: 'PKM Cluwak',
  kind: 'PUSKESMAS' as const,
  parentId: 'unit-dinkes',
  urusan: ['kesehatan'],
  active: true,
};

const messages = (input: unknown) => {
  const result = ZUnitForm.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('ZUnitForm', () => {
  it('accepts a puskesmas under an OPD', () => {
    expect(messages(valid)).toEqual([]);
  });

  it.each([
    ['OPD', []],
    ['RSUD', []],
    ['PUSKESMAS', ['parentId:form.parentRequired']],
    ['SEKOLAH', ['parentId:form.parentRequired']],
  ])('a top-level %s', (kind, expected) => {
    expect(messages({ ...valid, kind, parentId: null })).toEqual(expected);
  });

  it('rejects a short name that starts with punctuation', () => {
    expect(messages({ ...valid, short: '-PKM' })).toEqual(['short:form.shortFormat']);
  });
});
