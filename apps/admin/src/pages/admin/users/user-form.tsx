import { ROLES } from '@inovda/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Select, Switch, TreeSelect } from 'antd';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../../components/form-field';
import { useAdminForm } from '../use-admin-form';
import type { TTreeOption } from '../units/unit-tree-options';
import { ZUserCreateForm, ZUserEditForm, type TUserCreateForm } from './user-form-schema';

const FIELDS = ['email', 'name', 'role', 'unitId', 'active', 'password'] as const;

export interface TUserFormProps {
  mode: 'create' | 'edit';
  initial: TUserCreateForm;
  units: TTreeOption[];
  submitLabel: string;
  onSubmit: (values: TUserCreateForm) => Promise<unknown>;
}

/** Create or edit an account: email, name, role, unit (operators), active, and a password to set. */
export function UserForm({ mode, initial, units, submitLabel, onSubmit }: TUserFormProps) {
  const { t } = useTranslation(['admin', 'common']);
  const { control, err, submit, formError, formState } = useAdminForm<TUserCreateForm>({
    resolver: zodResolver(mode === 'create' ? ZUserCreateForm : ZUserEditForm),
    defaultValues: initial,
    fields: FIELDS,
    onSubmit,
    t,
  });
  const role = useWatch({ control, name: 'role' });

  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      {formError && (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      )}
      <Controller
        control={control}
        name="email"
        render={({ field }) => (
          <FormField id="user-email" label={t('users.email')} error={err('email')} required>
            <Input
              {...describeField('user-email', err('email'))}
              {...field}
              type="email"
              autoComplete="off"
              disabled={mode === 'edit'}
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <FormField id="user-name" label={t('users.name')} error={err('name')} required>
            <Input {...describeField('user-name', err('name'))} {...field} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <FormField
            id="user-role"
            label={t('users.role')}
            error={err('role')}
            required
            extra={t(`users.roleHint.${field.value}`)}
          >
            <Select
              {...describeField('user-role', err('role'))}
              value={field.value}
              onChange={field.onChange}
              options={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="unitId"
        render={({ field }) => (
          <FormField
            id="user-unit"
            label={t('users.unit')}
            error={err('unitId')}
            required={role === 'OPERATOR'}
          >
            <TreeSelect
              {...describeField('user-unit', err('unitId'))}
              value={field.value ?? undefined}
              onChange={(v: string | undefined) => field.onChange(v ?? null)}
              treeData={units}
              allowClear
              showSearch
              treeNodeFilterProp="title"
              placeholder={t('users.noUnit')}
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="password"
        render={({ field }) => (
          <FormField
            id="user-password"
            label={mode === 'create' ? t('users.password') : t('users.newPassword')}
            error={err('password')}
            required={mode === 'create'}
            extra={t(mode === 'create' ? 'users.passwordHint' : 'users.newPasswordHint')}
          >
            <Input.Password
              {...describeField('user-password', err('password'))}
              {...field}
              autoComplete="new-password"
            />
          </FormField>
        )}
      />
      {mode === 'edit' && (
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <FormField id="user-active" label={t('users.active')} error={err('active')}>
              <Switch id="user-active" checked={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />
      )}
      <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
        {submitLabel}
      </Button>
    </Form>
  );
}
