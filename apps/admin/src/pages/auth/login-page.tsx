import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input } from 'antd';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch';
import { describeError } from '../../lib/app-error';
import { useTRPC } from '../../lib/trpc';
import { useSession } from '../../lib/use-session';
import type { TLoginErrors, TLoginForm, TNewPasswordErrors, TNewPasswordForm } from './login-schema';
import { safeNextPath } from './safe-next-path';
import './login-page.css';

/** Ties an input to its error text for screen readers. */
function describeInput(id: string, error: string | undefined) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
}

/** A labelled row with its error; plain markup so the first screen does not load antd's Form. */
function LoginField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="login-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <span id={`${id}-error`} className="login-field-error">
          {error}
        </span>
      )}
    </div>
  );
}

export default function LoginPage() {
  const { t } = useTranslation('auth');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { user } = useSession();
  const [values, setValues] = useState<TLoginForm>({ email: '', password: '' });
  const [errors, setErrors] = useState<TLoginErrors>({});
  // An account with an initial password (bulk import) must choose its own before it gets a session.
  const [needsNew, setNeedsNew] = useState(false);
  const [fresh, setFresh] = useState<TNewPasswordForm>({ newPassword: '', confirmPassword: '' });
  const [freshErrors, setFreshErrors] = useState<TNewPasswordErrors>({});
  const [checking, setChecking] = useState(false);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (me) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), me);
        await navigate(next, { replace: true });
      },
      onError: (error) => {
        if (describeError(error, t).appCode === 'AUTH.PASSWORD_CHANGE_REQUIRED') setNeedsNew(true);
      },
    }),
  );

  // zod is loaded on the first submit, so it stays out of the first screen's JavaScript (the load budget).
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecking(true);
    const { validateLogin, validateNewPassword } = await import('./login-schema');
    setChecking(false);
    const result = validateLogin(t, values);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    if (!needsNew) return login.mutate(result.value);
    const invalid = validateNewPassword(t, { ...fresh, password: values.password });
    setFreshErrors(invalid ?? {});
    if (!invalid) login.mutate({ ...result.value, newPassword: fresh.newPassword });
  };
  const changeFresh = (field: keyof TNewPasswordForm) => (event: { target: { value: string } }) => {
    setFresh((current) => ({ ...current, [field]: event.target.value }));
    setFreshErrors((current) => ({ ...current, [field]: undefined }));
  };
  const change = (field: keyof TLoginForm) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'email') setNeedsNew(false);
  };

  if (user && !login.isPending) return <Navigate to={next} replace />;
  const described = login.error ? describeError(login.error, t) : null;
  const serverError = described?.appCode === 'AUTH.PASSWORD_CHANGE_REQUIRED' ? null : described;

  return (
    <Flex className="login-screen" vertical align="center" justify="center">
      <section className="login-card" aria-labelledby="login-title">
        <Flex justify="space-between" align="start" gap={8}>
          <div>
            {/* Plain headings: antd's Typography and Card would add ~35 KB gzipped to the first screen. */}
            <h1 id="login-title" className="login-title">
              {t('title')}
            </h1>
            <p className="login-subtitle">{t('subtitle')}</p>
          </div>
          <LanguageSwitch />
        </Flex>
        {params.get('next') && !serverError && (
          <Alert className="login-alert" type="info" showIcon title={t('sessionEnded')} />
        )}
        {serverError && (
          <Alert className="login-alert" type="error" showIcon role="alert" title={serverError.message} />
        )}
        {needsNew && !serverError && (
          <Alert className="login-alert" type="info" showIcon role="status" title={t('firstLogin')} />
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <LoginField id="login-email" label={t('email')} error={errors.email}>
            <Input
              {...describeInput('login-email', errors.email)}
              name="email"
              value={values.email}
              onChange={change('email')}
              type="email"
              autoComplete="username"
              inputMode="email"
              placeholder={t('emailPlaceholder')}
              autoFocus
              size="large"
            />
          </LoginField>
          <LoginField id="login-password" label={t('password')} error={errors.password}>
            <Input.Password
              {...describeInput('login-password', errors.password)}
              name="password"
              value={values.password}
              onChange={change('password')}
              autoComplete="current-password"
              size="large"
            />
          </LoginField>
          {needsNew && (
            <>
              <LoginField id="login-new-password" label={t('newPassword')} error={freshErrors.newPassword}>
                <Input.Password
                  {...describeInput('login-new-password', freshErrors.newPassword)}
                  name="newPassword"
                  value={fresh.newPassword}
                  onChange={changeFresh('newPassword')}
                  autoComplete="new-password"
                  placeholder={t('newPasswordHelp')}
                  size="large"
                  autoFocus
                />
              </LoginField>
              <LoginField
                id="login-confirm-password"
                label={t('confirmPassword')}
                error={freshErrors.confirmPassword}
              >
                <Input.Password
                  {...describeInput('login-confirm-password', freshErrors.confirmPassword)}
                  name="confirmPassword"
                  value={fresh.confirmPassword}
                  onChange={changeFresh('confirmPassword')}
                  autoComplete="new-password"
                  size="large"
                />
              </LoginField>
            </>
          )}
          <Button type="primary" htmlType="submit" size="large" block loading={login.isPending || checking}>
            {needsNew ? t('submitNew') : t('submit')}
          </Button>
        </form>
      </section>
    </Flex>
  );
}
