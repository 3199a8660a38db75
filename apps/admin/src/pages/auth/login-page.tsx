import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { LanguageSwitch } from '../../components/language-switch';
import { describeError } from '../../lib/app-error';
import { useTRPC } from '../../lib/trpc';
import { useSession } from '../../lib/use-session';
import { safeNextPath } from './safe-next-path';
import './login-page.css';

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

type TLoginForm = z.infer<ReturnType<typeof createLoginSchema>>;

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
  const schema = useMemo(() => createLoginSchema(t), [t]);
  const { control, handleSubmit, formState } = useForm<TLoginForm>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (me) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), me);
        await navigate(next, { replace: true });
      },
    }),
  );

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
        <form noValidate onSubmit={(e) => void handleSubmit((values) => login.mutate(values))(e)}>
          <Controller
            control={control}
            name="email"
            render={({ field, fieldState }) => (
              <LoginField id="login-email" label={t('email')} error={fieldState.error?.message}>
                <Input
                  {...field}
                  {...describeInput('login-email', fieldState.error?.message)}
                  type="email"
                  autoComplete="username"
                  inputMode="email"
                  placeholder={t('emailPlaceholder')}
                  autoFocus
                  size="large"
                />
              </LoginField>
            )}
          />
          <Controller
            control={control}
            name="password"
            render={({ field, fieldState }) => (
              <LoginField id="login-password" label={t('password')} error={fieldState.error?.message}>
                <Input.Password
                  {...field}
                  {...describeInput('login-password', fieldState.error?.message)}
                  autoComplete="current-password"
                  size="large"
                />
              </LoginField>
            )}
          />
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={login.isPending || formState.isSubmitting}
          >
            {t('submit')}
          </Button>
        </form>
      </section>
    </Flex>
  );
}
