import { z } from 'zod';

/** The sign-in form's rules (messages from the `auth` namespace). Loaded on the first submit only. */
function createLoginSchema(t: (key: string) => string) {
  return z.object({
    email: z
      .string()
      .trim()
      .min(1, t('emailRequired'))
      .pipe(z.email(t('emailInvalid'))),
    password: z.string().min(1, t('passwordRequired')),
  });
}

export type TLoginForm = z.infer<ReturnType<typeof createLoginSchema>>;
export type TLoginErrors = Partial<Record<keyof TLoginForm, string>>;

/** Checks the form: the cleaned values, or the first message per field. */
export function validateLogin(
  t: (key: string) => string,
  values: TLoginForm,
): { ok: true; value: TLoginForm } | { ok: false; errors: TLoginErrors } {
  const parsed = createLoginSchema(t).safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const { fieldErrors } = z.flattenError(parsed.error);
  return { ok: false, errors: { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] } };
}

/** The server's rule for a new password (apps/api auth/password.ts ZNewPassword): 10..128, a digit or symbol. */
const NEW_PASSWORD_MIN = 10;
const NEW_PASSWORD_MAX = 128;

export interface TNewPasswordForm {
  newPassword: string;
  confirmPassword: string;
}
export type TNewPasswordErrors = Partial<Record<keyof TNewPasswordForm, string>>;

/**
 * First sign-in with an initial password: the user's own new password, typed twice, differing from the
 * initial one. One message per field, or null when it is fine.
 */
export function validateNewPassword(
  t: (key: string) => string,
  values: TNewPasswordForm & { password: string },
): TNewPasswordErrors | null {
  const { newPassword, confirmPassword, password } = values;
  let first: string | undefined;
  if (newPassword.length < NEW_PASSWORD_MIN || newPassword.length > NEW_PASSWORD_MAX)
    first = t('newPasswordLength');
  else if (!/[^\p{L}]/u.test(newPassword)) first = t('newPasswordNeedsSymbol');
  else if (newPassword === password) first = t('newPasswordSame');
  const second = confirmPassword !== newPassword ? t('newPasswordMismatch') : undefined;
  return first || second ? { newPassword: first, confirmPassword: second } : null;
}
