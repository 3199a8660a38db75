import { describe, expect, it } from 'vitest';
import { validateLogin, validateNewPassword } from './login-schema';

const t = (key: string) => `msg:${key}`;

describe('validateLogin', () => {
  it('accepts an e-mail and a password, trimming the e-mail', () => {
    expect(validateLogin(t, { email: '  admin@demo.inovda.id ', password: 'inovda-demo' })).toEqual({
      ok: true,
      value: { email: 'admin@demo.inovda.id', password: 'inovda-demo' },
    });
  });

  it.each([
    [
      { email: '', password: '' },
      { email: 'msg:emailRequired', password: 'msg:passwordRequired' },
    ],
    [
      { email: 'bukan-email', password: 'x' },
      { email: 'msg:emailInvalid', password: undefined },
    ],
    [
      { email: 'a@b.id', password: '' },
      { email: undefined, password: 'msg:passwordRequired' },
    ],
  ])('refuses %o with one message per field', (values, errors) => {
    expect(validateLogin(t, values)).toEqual({ ok: false, errors });
  });
});

describe('validateNewPassword', () => {
  const base = {
    password: 'Awal-1234-abcd',
    newPassword: 'kata-sandi-baru1',
    confirmPassword: 'kata-sandi-baru1',
  };
  it('accepts a new password of 10+ characters with a digit or symbol, typed twice', () => {
    expect(validateNewPassword(t, base)).toBeNull();
  });
  it.each([
    [{ newPassword: 'pendek-1', confirmPassword: 'pendek-1' }, { newPassword: 'msg:newPasswordLength' }],
    [
      { newPassword: 'hanyahurufsaja', confirmPassword: 'hanyahurufsaja' },
      { newPassword: 'msg:newPasswordNeedsSymbol' },
    ],
    [
      { newPassword: 'Awal-1234-abcd', confirmPassword: 'Awal-1234-abcd' },
      { newPassword: 'msg:newPasswordSame' },
    ],
    [{ confirmPassword: 'lain-lagi-123' }, { confirmPassword: 'msg:newPasswordMismatch' }],
  ])('refuses %o', (change, errors) => {
    expect(validateNewPassword(t, { ...base, ...change })).toEqual({
      newPassword: undefined,
      confirmPassword: undefined,
      ...errors,
    });
  });
});
