import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input } from 'antd';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch';
import { describeError } from '../../lib/app-error';
import { useTRPC } from '../../lib/trpc';
import { useSession } from '../../lib/use-session';
import type { TLoginErrors, TLoginForm } from './login-schema';
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
  const [checking, setChecking] = useState(false);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (me) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), me);
        await navigate(next, { replace: true });
      },
    }),
  );

  // zod is loaded on the first submit, so it stays out of the first screen's JavaScript (the load budget).
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecking(true);
    const { validateLogin } = await import('./login-schema');
    setChecking(false);
    const result = validateLogin(t, values);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) login.mutate(result.value);
  };
  const change = (field: keyof TLoginForm) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  if (user && !login.isPending) return <Navigate to={next} replace />;
  const serverError = login.error ? describeError(login.error, t) : null;

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
          <Button type="primary" htmlType="submit" size="large" block loading={login.isPending || checking}>
            {t('submit')}
          </Button>
        </form>
      </section>
    </Flex>
  );
}
