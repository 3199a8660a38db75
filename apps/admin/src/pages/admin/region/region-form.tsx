import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../../components/form-field';
import type { TLanguage } from '../../../i18n/languages';
import { formatDateTime } from '../../../lib/format';
import { useAdminForm } from '../use-admin-form';
import { listTimeZoneOptions, zoneAbbreviation, ZRegionForm, type TRegionForm } from './region-form-schema';

const FIELDS = ['name', 'timeZone'] as const;

export interface TRegionFormProps {
  initial: TRegionForm;
  lng: TLanguage;
  /** The moment the preview shows ("now" in the chosen zone); an argument so tests are exact. */
  now: Date;
  onSubmit: (values: TRegionForm) => Promise<unknown>;
}

/** The region's display name and time zone; the preview shows the current time in the zone being chosen. */
export function RegionForm({ initial, lng, now, onSubmit }: TRegionFormProps) {
  const { t } = useTranslation(['region', 'admin']);
  const { control, err, submit, formError, formState } = useAdminForm<TRegionForm>({
    resolver: zodResolver(ZRegionForm),
    defaultValues: initial,
    fields: FIELDS,
    onSubmit,
    t,
  });
  const zone = useWatch({ control, name: 'timeZone' });

  return (
    <Form layout="vertical" onFinish={() => void submit()} style={{ maxWidth: 560 }}>
      {formError && (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      )}
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <FormField id="region-name" label={t('name')} error={err('name')} required>
            <Input {...describeField('region-name', err('name'))} {...field} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="timeZone"
        render={({ field }) => (
          <FormField
            id="region-time-zone"
            label={t('timeZone')}
            error={err('timeZone')}
            extra={t('timeZoneHint')}
            required
          >
            <Select
              {...describeField('region-time-zone', err('timeZone'))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              options={listTimeZoneOptions()}
            />
          </FormField>
        )}
      />
      <Typography.Paragraph type="secondary" data-testid="region-zone-preview">
        {t('nowInZone', { time: formatDateTime(now, lng, zone), zone: zoneAbbreviation(zone) })}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
        {t('admin:save')}
      </Button>
    </Form>
  );
}
