import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../components/form-field';
import { describeError } from '../../lib/app-error';
import type { TVerdictDraft } from './review-score';
import { createVerdictSchema, listDowngradeTiers, VERDICT_CHOICES, type TVerdictForm } from './verdict-form';

export interface TVerdictFormViewProps {
  code: string;
  claimedTier: number;
  initial: TVerdictForm;
  optionText: (tier: number) => string | null;
  /** The unsaved choice while the form differs from what is stored; null when it matches again. */
  onDraft: (code: string, draft: TVerdictDraft | null) => void;
  onSave: (values: TVerdictForm) => Promise<unknown>;
}

/**
 * Accept / downgrade (to a chosen lower tier) / reject one indicator. The note is required for anything but
 * accept, checked here with the domain's rule before the server checks it again. Every change is previewed
 * in the live score through `onDraft`.
 */
export function VerdictFormView({
  code,
  claimedTier,
  initial,
  optionText,
  onDraft,
  onSave,
}: TVerdictFormViewProps) {
  const { t } = useTranslation(['verifier', 'common']);
  const schema = useMemo(() => createVerdictSchema(claimedTier), [claimedTier]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<TVerdictForm>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const [verdict, verifiedTier] = useWatch({ control, name: ['verdict', 'verifiedTier'] });
  const id = (name: string) => `verdict-${code}-${name}`;
  const err = (name: keyof TVerdictForm) => {
    const message = formState.errors[name]?.message;
    return message ? t(`verdictError.${message}`, { defaultValue: message }) : undefined;
  };

  const dirty = formState.dirtyFields.verdict === true || formState.dirtyFields.verifiedTier === true;
  useEffect(() => {
    onDraft(
      code,
      dirty ? { code, verdict, verifiedTier: verdict === 'DOWNGRADED' ? verifiedTier : null } : null,
    );
  }, [code, dirty, verdict, verifiedTier, onDraft]);
  useEffect(() => () => onDraft(code, null), [code, onDraft]);

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onSave(values);
    } catch (error) {
      setSaveError(describeError(error, t).message);
    }
  });

  const tiers = listDowngradeTiers(claimedTier);
  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      {saveError && (
        <Alert type="error" showIcon role="alert" title={saveError} style={{ marginBottom: 12 }} />
      )}
      <Controller
        control={control}
        name="verdict"
        render={({ field }) => (
          <FormField id={id('verdict')} label={t('verdict.label')} error={err('verdict')} required>
            <Radio.Group
              id={id('verdict')}
              value={field.value}
              onChange={(e) => field.onChange(e.target.value)}
              optionType="button"
              buttonStyle="solid"
              options={VERDICT_CHOICES.map((v) => ({
                value: v,
                label: t(`verdict.choice.${v}`),
                // A claim of tier 1 has nothing lower to downgrade to: reject instead.
                disabled: v === 'DOWNGRADED' && tiers.length === 0,
              }))}
            />
          </FormField>
        )}
      />
      {verdict === 'DOWNGRADED' && (
        <Controller
          control={control}
          name="verifiedTier"
          render={({ field }) => (
            <FormField id={id('tier')} label={t('verdict.tier')} error={err('verifiedTier')} required>
              <Select
                {...describeField(id('tier'), err('verifiedTier'))}
                value={field.value ?? undefined}
                onChange={field.onChange}
                options={tiers.map((tier) => ({ value: tier, label: `${tier}. ${optionText(tier) ?? ''}` }))}
                placeholder={t('verdict.tierPlaceholder')}
              />
            </FormField>
          )}
        />
      )}
      <Controller
        control={control}
        name="note"
        render={({ field }) => (
          <FormField
            id={id('note')}
            label={t('verdict.note')}
            error={err('note')}
            required={verdict !== 'ACCEPTED'}
            extra={t(verdict === 'ACCEPTED' ? 'verdict.noteOptional' : 'verdict.noteRequired')}
          >
            <Input.TextArea
              {...describeField(id('note'), err('note'))}
              {...field}
              rows={3}
              maxLength={4000}
            />
          </FormField>
        )}
      />
      <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
        {t('verdict.save')}
      </Button>
    </Form>
  );
}
