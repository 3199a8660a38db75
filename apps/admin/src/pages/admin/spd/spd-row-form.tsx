import { zodResolver } from '@hookform/resolvers/zod';
import type { TEditionPack } from '@inovda/domain';
import { Alert, Button, Card, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../../components/form-field';
import { formatScore } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { applyServerErrors } from '../server-errors';
import { createSpdRowSchema, toSpdInput, type TSpdRowForm } from './spd-row-schema';
import { deriveRowTier, type TSpdFormRow } from './spd-rows';

export interface TSpdRowFormProps {
  edition: TEditionPack;
  formRow: TSpdFormRow;
  initial: TSpdRowForm;
  savedTier: number | null;
  readOnly: boolean;
  onSave: (input: ReturnType<typeof toSpdInput>) => Promise<unknown>;
}

const FIELDS = ['tier', 't1', 't2', 'value', 'note'] as const;

/** One SPD row: the official options to choose from, or the raw figures with the tier they reach, and a note. */
export function SpdRowForm({ edition, formRow, initial, savedTier, readOnly, onSave }: TSpdRowFormProps) {
  const { t } = useTranslation('admin');
  const lng = useLanguage();
  const { row, mode, fields } = formRow;
  const numeric = mode === 'FIGURES';
  const schema = useMemo(
    () => createSpdRowSchema(edition, row.code, numeric, lng),
    [edition, row.code, numeric, lng],
  );
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<TSpdRowForm>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const figures = useWatch({ control, name: ['t1', 't2', 'value'] });
  const derived = numeric
    ? deriveRowTier(edition, row.code, { t1: figures[0], t2: figures[1], value: figures[2] }, lng)
    : null;
  const id = (f: string) => `spd-${row.code}-${f}`;
  const err = (f: (typeof FIELDS)[number]) => {
    const e = formState.errors[f];
    if (!e?.message) return undefined;
    // Server messages and the number module's sentences are shown as they are; codes and keys are translated.
    if (e.type === 'server' || /\s/.test(e.message)) return e.message;
    return t(e.message.startsWith('SPD.') ? `spd.error.${e.message}` : e.message);
  };
  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(toSpdInput(values, numeric, fields, lng));
    } catch (error) {
      setFormError(applyServerErrors(error, FIELDS, setError, t));
    }
  });

  return (
    <Card
      size="small"
      id={`spd-${row.code}`}
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {row.code}. {row.name}
        </span>
      }
      extra={
        <Flex gap={4} wrap>
          {row.mandatory && <Tag color="purple">{t('spd.mandatory')}</Tag>}
          <Tag>{t('spd.weight', { weight: formatScore(row.weightX100, lng) })}</Tag>
          {savedTier !== null && <Tag color="blue">{t('spd.savedTier', { tier: savedTier })}</Tag>}
        </Flex>
      }
    >
      {row.basis && <Typography.Paragraph type="secondary">{row.basis}</Typography.Paragraph>}
      <Form layout="vertical" onFinish={() => void submit()} disabled={readOnly}>
        {formError && (
          <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 12 }} />
        )}
        {numeric ? (
          <>
            <Flex gap={12} wrap>
              {fields.map((f) => (
                <Controller
                  key={f}
                  control={control}
                  name={f}
                  render={({ field }) => (
                    <FormField id={id(f)} label={t(`spd.field.${f}`)} error={err(f)} required>
                      <Input
                        {...describeField(id(f), err(f))}
                        {...field}
                        inputMode="decimal"
                        style={{ width: 180 }}
                      />
                    </FormField>
                  )}
                />
              ))}
            </Flex>
            <Typography.Paragraph aria-live="polite">
              {derived?.ok
                ? t('spd.derived', {
                    value: formatScore(derived.value.valueX100, lng),
                    tier: derived.value.tier,
                    text: row.options.find((o) => o.tier === derived.value.tier)?.text ?? t('spd.tierZero'),
                  })
                : t('spd.derivedNone')}
            </Typography.Paragraph>
          </>
        ) : (
          <Controller
            control={control}
            name="tier"
            render={({ field }) => (
              <FormField id={id('tier')} label={t('spd.option')} error={err('tier')} required>
                <Radio.Group
                  id={id('tier')}
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                  options={[
                    { value: 0, label: t('spd.tierZero') },
                    ...row.options.map((o) => ({ value: o.tier, label: `${o.tier}. ${o.text}` })),
                  ]}
                />
              </FormField>
            )}
          />
        )}
        <Controller
          control={control}
          name="note"
          render={({ field }) => (
            <FormField id={id('note')} label={t('spd.note')} error={err('note')}>
              <Input {...describeField(id('note'), err('note'))} {...field} />
            </FormField>
          )}
        />
        {!readOnly && (
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            {t('spd.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
