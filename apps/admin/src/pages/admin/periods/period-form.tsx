import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../../components/form-field';
import { keepEnterInPicker } from '../../../components/rhf-fields';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { calendarDayIn, endOfDayIn } from '../../../lib/zoned-day';
import { useAdminForm } from '../use-admin-form';
import { PERIOD_NEXT_STATES, ZPeriodForm, type TPeriodForm } from './period-form-schema';

const FIELDS = [
  'year',
  'name',
  'editionCode',
  'state',
  'internalDeadline',
  'nationalDeadline',
  'standardMinMaturity',
] as const;

/** The picker's day for a stored deadline: the calendar day it falls on in the region's zone. */
function toPickerDay(value: Date, timeZone: string) {
  const { year, month, day } = calendarDayIn(value, timeZone);
  return dayjs(new Date(year, month, day));
}

export interface TPeriodFormProps {
  /** A new period starts in PLANNING; its state changes only when editing. */
  mode: 'create' | 'edit';
  initial: TPeriodForm;
  editions: readonly { code: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: TPeriodForm) => Promise<unknown>;
}

/** Create or edit a period: year, rule edition, deadlines, state and the region's "berstandar" minimum. */
export function PeriodForm({ mode, initial, editions, submitLabel, onSubmit }: TPeriodFormProps) {
  const { t } = useTranslation(['admin', 'common']);
  const timeZone = useRegionTimeZone();
  const { control, err, submit, formError, formState } = useAdminForm<TPeriodForm>({
    resolver: zodResolver(ZPeriodForm),
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
        name="year"
        render={({ field }) => (
          <FormField id="period-year" label={t('periods.year')} error={err('year')} required>
            <InputNumber
              {...describeField('period-year', err('year'))}
              disabled={mode === 'edit'}
              value={field.value}
              onChange={(v) => field.onChange(v ?? undefined)}
              onBlur={field.onBlur}
              min={2000}
              max={2100}
              style={{ width: '100%' }}
            />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <FormField id="period-name" label={t('periods.name')} error={err('name')} required>
            <Input {...describeField('period-name', err('name'))} {...field} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="editionCode"
        render={({ field }) => (
          <FormField id="period-edition" label={t('periods.edition')} error={err('editionCode')} required>
            <Select
              {...describeField('period-edition', err('editionCode'))}
              // The server locks the rule edition once the period has left PLANNING.
              disabled={mode === 'edit' && initial.state !== 'PLANNING'}
              value={field.value}
              onChange={field.onChange}
              options={editions.map((e) => ({ value: e.code, label: e.name }))}
            />
          </FormField>
        )}
      />
      {mode === 'edit' && (
        <Controller
          control={control}
          name="state"
          render={({ field }) => (
            <FormField id="period-state" label={t('periods.state')} error={err('state')} required>
              <Select
                {...describeField('period-state', err('state'))}
                value={field.value}
                onChange={field.onChange}
                options={[initial.state, ...PERIOD_NEXT_STATES[initial.state]].map((s) => ({
                  value: s,
                  label: t(`periods.states.${s}`),
                }))}
              />
            </FormField>
          )}
        />
      )}
      {(['internalDeadline', 'nationalDeadline'] as const).map((name) => (
        <Controller
          key={name}
          control={control}
          name={name}
          render={({ field }) => (
            <FormField
              id={`period-${name}`}
              label={t(`periods.${name}`)}
              error={err(name)}
              extra={t(`periods.${name}Hint`)}
            >
              <DatePicker
                {...describeField(`period-${name}`, err(name))}
                value={field.value ? toPickerDay(field.value, timeZone) : null}
                // A deadline is a day: it holds until the end of that day in the region's zone (not the browser's).
                onChange={(d) =>
                  field.onChange(
                    d ? endOfDayIn({ year: d.year(), month: d.month(), day: d.date() }, timeZone) : null,
                  )
                }
                onKeyDown={keepEnterInPicker}
                format="D MMMM YYYY"
                style={{ width: '100%' }}
              />
            </FormField>
          )}
        />
      ))}
      <Controller
        control={control}
        name="standardMinMaturity"
        render={({ field }) => (
          <FormField
            id="period-standard"
            label={t('periods.standard')}
            error={err('standardMinMaturity')}
            extra={t('periods.standardHint')}
          >
            <Input
              {...describeField('period-standard', err('standardMinMaturity'))}
              {...field}
              inputMode="decimal"
            />
          </FormField>
        )}
      />
      <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
        {submitLabel}
      </Button>
    </Form>
  );
}
