import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { describeField, FormField } from '../../components/form-field';
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
      <Card className="login-card">
        <Flex justify="space-between" align="start" gap={8}>
          <div>
            <Typography.Title level={1} className="login-title">
              {t('title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
          </div>
          <LanguageSwitch />
        </Flex>
        {params.get('next') && !serverError && (
          <Alert className="login-alert" type="info" showIcon title={t('sessionEnded')} />
        )}
        {serverError && (
          <Alert className="login-alert" type="error" showIcon role="alert" title={serverError.message} />
        )}
        <Form layout="vertical" component={false} requiredMark={false}>
          <form noValidate onSubmit={(e) => void handleSubmit((values) => login.mutate(values))(e)}>
            <Controller
              control={control}
              name="email"
              render={({ field, fieldState }) => (
                <FormField id="login-email" label={t('email')} error={fieldState.error?.message} required>
                  <Input
                    {...field}
                    {...describeField('login-email', fieldState.error?.message)}
                    type="email"
                    autoComplete="username"
                    inputMode="email"
                    placeholder={t('emailPlaceholder')}
                    autoFocus
                    size="large"
                  />
                </FormField>
              )}
            />
            <Controller
              control={control}
              name="password"
              render={({ field, fieldState }) => (
                <FormField
                  id="login-password"
                  label={t('password')}
                  error={fieldState.error?.message}
                  required
                >
                  <Input.Password
                    {...field}
                    {...describeField('login-password', fieldState.error?.message)}
                    autoComplete="current-password"
                    size="large"
                  />
                </FormField>
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
        </Form>
      </Card>
    </Flex>
  );
}
