import { z } from 'zod';

/** The sign-in form's rules (messages from the `auth` namespace). Loaded on the first submit only. */
export function createLoginSchema(t: (key: string) => string) {
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
