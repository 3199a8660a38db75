import { parseX100Input, SCORE_INPUT } from '@inovda/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Select } from 'antd';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { describeField, FormField } from '../../../components/form-field';
import { useAdminForm } from '../use-admin-form';

export const PREDICATE_OPTIONS = [
  'SANGAT_INOVATIF',
  'INOVATIF',
  'KURANG_INOVATIF',
  'TIDAK_DAPAT_DINILAI',
] as const;
export type TNationalPredicate = (typeof PREDICATE_OPTIONS)[number];

/** Messages are keys of the `admin` namespace (shared form texts). An IID is 0..100 points. */
const ZRegionForm = z.object({
  iid: z
    .string()
    .trim()
    .min(1, 'form.required')
    .refine((text) => parseX100Input(text, SCORE_INPUT) !== null, 'form.scoreFormat')
    .refine((text) => (parseX100Input(text, SCORE_INPUT) ?? 0) <= 10_000, 'form.scoreMax'),
  predicate: z.enum(PREDICATE_OPTIONS, { error: 'form.required' }),
  sourceNote: z.string().trim().max(2000, 'form.tooLong'),
});
export type TRegionForm = z.infer<typeof ZRegionForm>;

const FIELDS = ['iid', 'predicate', 'sourceNote'] as const;

/** ADMIN: the region's national IID, predicate and where they were read (the BSKDN announcement). */
export function NationalRegionForm({
  initial,
  onSubmit,
}: {
  initial: TRegionForm;
  onSubmit: (values: {
    iidX100: number;
    predicate: TNationalPredicate;
    sourceNote: string | null;
  }) => Promise<unknown>;
}) {
  const { t } = useTranslation(['national', 'dashboard', 'admin']);
  const { control, err, submit, formError, formState } = useAdminForm<TRegionForm>({
    resolver: zodResolver(ZRegionForm),
    defaultValues: initial,
    fields: FIELDS,
    onSubmit: (values) =>
      onSubmit({
        iidX100: parseX100Input(values.iid, SCORE_INPUT) ?? 0,
        predicate: values.predicate,
        sourceNote: values.sourceNote === '' ? null : values.sourceNote,
      }),
    t,
  });
  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      {formError && (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 12 }} />
      )}
      <Controller
        control={control}
        name="iid"
        render={({ field }) => (
          <FormField id="national-iid" label={t('region.iidInput')} error={err('iid')} required>
            <Input {...describeField('national-iid', err('iid'))} {...field} inputMode="decimal" />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="predicate"
        render={({ field }) => (
          <FormField
            id="national-predicate"
            label={t('region.predicateInput')}
            error={err('predicate')}
            required
          >
            <Select
              {...describeField('national-predicate', err('predicate'))}
              value={field.value}
              onChange={field.onChange}
              showSearch={{ optionFilterProp: 'label' }}
              options={PREDICATE_OPTIONS.map((p) => ({ value: p, label: t(`dashboard:predicate.${p}`) }))}
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="sourceNote"
        render={({ field }) => (
          <FormField id="national-source" label={t('region.sourceNote')} error={err('sourceNote')}>
            <Input {...describeField('national-source', err('sourceNote'))} {...field} />
          </FormField>
        )}
      />
      <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
        {t('region.save')}
      </Button>
    </Form>
  );
}
