import { describe, expect, it } from 'vitest';
import { validateLogin } from './login-schema';

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
