import { formatX100Input } from '@inovda/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { describeError } from '../../../lib/app-error';
import type { TLanguage } from '../../../i18n/languages';
import { parseNationalScore, type TNationalItem } from './national-view';

export interface TNationalScoreEditorProps {
  item: TNationalItem;
  maxX100: number;
  lng: TLanguage;
  onSave: (submissionId: string, maturityX100: number, version: number | null) => Promise<unknown>;
  onClear: (submissionId: string, version: number) => Promise<unknown>;
}

/** Messages are keys of the `national` namespace. */
function scoreSchema(maxX100: number) {
  return z.object({
    score: z
      .string()
      .trim()
      .superRefine((text, ctx) => {
        const parsed = parseNationalScore(text, maxX100);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `form.${parsed.reason}` });
      }),
  });
}

/** ADMIN: type one innovation's national maturity ('72,5') and save it, or clear it; errors under the input. */
export function NationalScoreEditor({ item, maxX100, lng, onSave, onClear }: TNationalScoreEditorProps) {
  const { t } = useTranslation('national');
  const decimal = lng === 'id' ? ',' : '.';
  const version = item.national?.version ?? null;
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<{ score: string }>({
    resolver: zodResolver(scoreSchema(maxX100)),
    defaultValues: {
      score: item.nationalX100 === null ? '' : formatX100Input(item.nationalX100, decimal, { fixed: true }),
    },
  });
  const max = formatX100Input(maxX100, decimal, { fixed: true });
  const fieldError = form.formState.errors.score?.message;
  const error = fieldError ? t(fieldError, { max }) : serverError;
  const inputId = `national-${item.submissionId}`;
  const run = async (action: () => Promise<unknown>) => {
    setServerError(null);
    try {
      await action();
    } catch (e) {
      setServerError(describeError(e, t).message);
    }
  };
  const submit = form.handleSubmit(async ({ score }) => {
    const parsed = parseNationalScore(score, maxX100);
    if (parsed.ok) await run(() => onSave(item.submissionId, parsed.x100, version));
  });

  return (
    <div>
      <Flex gap={4} wrap>
        <Controller
          control={form.control}
          name="score"
          render={({ field }) => (
            <Input
              {...field}
              id={inputId}
              aria-label={t('scoreLabel', { name: item.name })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
              inputMode="decimal"
              placeholder={t('scorePlaceholder')}
              style={{ width: 96 }}
              onPressEnter={() => void submit()}
            />
          )}
        />
        <Button type="primary" loading={form.formState.isSubmitting} onClick={() => void submit()}>
          {t('saveScore')}
        </Button>
        {version !== null && (
          <Popconfirm
            title={t('clearConfirm')}
            okText={t('clearScore')}
            cancelText={t('cancel')}
            onConfirm={() => run(() => onClear(item.submissionId, version))}
          >
            <Button danger>{t('clearScore')}</Button>
          </Popconfirm>
        )}
      </Flex>
      {error && (
        <Typography.Text type="danger" id={`${inputId}-error`} role="alert" style={{ fontSize: 12 }}>
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
