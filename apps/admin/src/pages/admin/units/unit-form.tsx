import { zodResolver } from '@hookform/resolvers/zod';
import { URUSAN } from '@inovda/domain';
import { Alert, Button, Form, Input, Select, Switch, TreeSelect } from 'antd';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../../components/form-field';
import { useAdminForm } from '../use-admin-form';
import { UNIT_KINDS, ZUnitForm, type TUnitForm } from './unit-form-schema';

const FIELDS = ['name', 'short', 'kind', 'parentId', 'urusan', 'active'] as const;

interface TUnitTreeOption {
  value: string;
  title: string;
  children?: TUnitTreeOption[];
}

export interface TUnitFormProps {
  initial: TUnitForm;
  /** Units that may be the parent (the unit itself and its subtree already removed). */
  parents: TUnitTreeOption[];
  submitLabel: string;
  onSubmit: (values: TUnitForm) => Promise<unknown>;
}

const URUSAN_OPTIONS = URUSAN.map((u) => ({ value: u.slug, label: u.label }));

/** Create or edit a unit: name, short name, kind, parent in the tree, urusan held, active. */
export function UnitForm({ initial, parents, submitLabel, onSubmit }: TUnitFormProps) {
  const { t } = useTranslation('admin');
  const { control, err, submit, formError, formState } = useAdminForm<TUnitForm>({
    resolver: zodResolver(ZUnitForm),
    defaultValues: initial,
    fields: FIELDS,
    onSubmit,
    t,
  });

  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      {formError && (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      )}
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <FormField id="unit-name" label={t('units.name')} error={err('name')} required>
            <Input {...describeField('unit-name', err('name'))} {...field} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="short"
        render={({ field }) => (
          <FormField
            id="unit-short"
            label={t('units.short')}
            error={err('short')}
            required
            extra={t('units.shortHint')}
          >
            <Input {...describeField('unit-short', err('short'))} {...field} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <FormField id="unit-kind" label={t('units.kind')} error={err('kind')} required>
            <Select
              {...describeField('unit-kind', err('kind'))}
              value={field.value}
              onChange={field.onChange}
              options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))}
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="parentId"
        render={({ field }) => (
          <FormField
            id="unit-parent"
            label={t('units.parent')}
            error={err('parentId')}
            extra={t('units.parentHint')}
          >
            <TreeSelect
              {...describeField('unit-parent', err('parentId'))}
              value={field.value ?? undefined}
              onChange={(v: string | undefined) => field.onChange(v ?? null)}
              treeData={parents}
              allowClear
              showSearch
              treeNodeFilterProp="title"
              placeholder={t('units.noParent')}
              treeDefaultExpandAll
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="urusan"
        render={({ field }) => (
          <FormField id="unit-urusan" label={t('units.urusan')} error={err('urusan')}>
            <Select
              {...describeField('unit-urusan', err('urusan'))}
              mode="multiple"
              value={field.value}
              onChange={field.onChange}
              options={URUSAN_OPTIONS}
              optionFilterProp="label"
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="active"
        render={({ field }) => (
          <FormField id="unit-active" label={t('units.active')} error={err('active')}>
            <Switch id="unit-active" checked={field.value} onChange={field.onChange} />
          </FormField>
        )}
      />
      <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
        {submitLabel}
      </Button>
    </Form>
  );
}
