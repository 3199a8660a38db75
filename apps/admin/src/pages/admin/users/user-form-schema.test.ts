import { describe, expect, it } from 'vitest';
import { ZUserCreateForm, ZUserEditForm } from './user-form-schema';

const valid = {
  email: 'operator.dinkes@patikab.go.id',
  name: 'Operator Dinkes',
  role: 'OPERATOR' as const,
  unitId: 'unit-dinkes',
  active: true,
  password: 'rahasia-2026',
};

const messages = (schema: typeof ZUserCreateForm | typeof ZUserEditForm, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('ZUserCreateForm', () => {
  it('accepts a valid operator', () => {
    expect(messages(ZUserCreateForm, valid)).toEqual([]);
  });

  it('requires a unit for an operator but not for a verifier', () => {
    expect(messages(ZUserCreateForm, { ...valid, unitId: null })).toEqual(['unitId:form.operatorNeedsUnit']);
    expect(messages(ZUserCreateForm, { ...valid, role: 'VERIFIER', unitId: null })).toEqual([]);
  });

  it.each([
    ['abcdefgh1', ['password:form.passwordLength']],
    ['abcdefghi1', []],
    ['abcdefghij', ['password:form.passwordSymbol']],
    ['a'.repeat(127) + '!', []],
    ['a'.repeat(128) + '!', ['password:form.passwordLength']],
  ])('password %j', (password, expected) => {
    expect(messages(ZUserCreateForm, { ...valid, password })).toEqual(expected);
  });

  it('rejects a malformed email', () => {
    expect(messages(ZUserCreateForm, { ...valid, email: 'operator@' })).toEqual(['email:form.email']);
  });
});

describe('ZUserEditForm', () => {
  it('allows an empty password (unchanged) but checks a new one', () => {
    expect(messages(ZUserEditForm, { ...valid, password: '' })).toEqual([]);
    expect(messages(ZUserEditForm, { ...valid, password: 'short1' })).toEqual([
      'password:form.passwordLength',
    ]);
  });
});
