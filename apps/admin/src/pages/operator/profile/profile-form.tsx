import { zodResolver } from '@hookform/resolvers/zod';
import { ZInnovationProfile } from '@inovda/domain';
import { Alert, Button, Card, Flex, Form } from 'antd';
import { useEffect } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { describeError } from '../../../lib/app-error';
import { formatDateTime } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { useDraft } from '../../../lib/use-draft';
import { useLanguage } from '../../../lib/use-language';
import { GoalFields } from './goal-fields';
import { IdentityFields } from './identity-fields';
import { normalizeProfileValues, type TProfileFormValues, type TProfileValues } from './profile-values';
import { RancangBangunFields } from './rancang-bangun-fields';
import './profile-form.css';

const zodProfileResolver = zodResolver(ZInnovationProfile);
/** The server's schema, after turning blank optional inputs into "not given". */
const profileResolver: Resolver<TProfileFormValues, unknown, TProfileValues> = (values, context, options) =>
  zodProfileResolver(normalizeProfileValues(values), context, options);

export interface TProfileFormProps {
  /** The server's values (or an empty profile for a new innovation). */
  initialValues: TProfileFormValues;
  /** Where unsaved input is kept on this device (`profile:<id>` or `profile:new`). */
  draftKey: string;
  baseVersion: number | null;
  minWords: number;
  unitOptions: { value: string; label: string }[];
  readOnly?: boolean;
  submitLabel: string;
  saving: boolean;
  saveError: unknown;
  onSave: (values: TProfileValues) => Promise<unknown>;
}

/**
 * The innovation profile (reference §5.1) validated by the same zod schema as the server. What the user types
 * is kept as a draft on the device until a save succeeds; a failed save keeps the draft and shows the server's
 * field errors beside the fields.
 */
export function ProfileForm(props: TProfileFormProps) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const draft = useDraft<TProfileFormValues>(props.readOnly ? null : props.draftKey, {
    baseVersion: props.baseVersion,
  });
  const form = useForm<TProfileFormValues, unknown, TProfileValues>({
    resolver: profileResolver,
    defaultValues: draft.restored?.values ?? props.initialValues,
    disabled: props.readOnly,
  });
  const { control, handleSubmit, reset, setError, formState } = form;

  // Only what the user changed becomes a draft; opening and leaving a form leaves nothing behind.
  const values = useWatch({ control });
  const saveDraft = draft.save;
  const { isDirty } = formState;
  useEffect(() => {
    if (isDirty) saveDraft(values as TProfileFormValues);
  }, [values, isDirty, saveDraft]);

  useEffect(() => {
    if (!props.saveError) return;
    for (const [field, messages] of Object.entries(describeError(props.saveError, t).fieldErrors)) {
      setError(field as keyof TProfileFormValues, { type: 'server', message: messages.join(' ') });
    }
  }, [props.saveError, setError, t]);

  const submit = handleSubmit(async (values) => {
    await props.onSave(values);
    draft.clear();
  });
  const stale =
    draft.restored && props.baseVersion !== null && draft.restored.baseVersion !== props.baseVersion;

  return (
    <Form layout="vertical" component={false}>
      <form noValidate onSubmit={(e) => void submit(e).catch(() => undefined)} className="profile-form">
        {draft.restored && (
          <Alert
            type="info"
            showIcon
            title={t('profile.draft.restored', {
              time: formatDateTime(draft.restored.savedAt, lng, timeZone),
            })}
            description={stale ? t('profile.draft.staleVersion') : undefined}
            action={
              <Button
                size="small"
                onClick={() => {
                  draft.clear();
                  reset(props.initialValues);
                }}
              >
                {t('profile.draft.discard')}
              </Button>
            }
          />
        )}
        {props.readOnly && <Alert type="warning" showIcon title={t('profile.readOnly')} />}
        <Card title={t('profile.sections.identity')}>
          <IdentityFields control={control} unitOptions={props.unitOptions} />
        </Card>
        <Card
          title={t('profile.sections.design')}
          extra={<span>{t('profile.help.design', { min: props.minWords })}</span>}
        >
          <RancangBangunFields control={control} minWords={props.minWords} />
        </Card>
        <Card title={t('profile.sections.goals')}>
          <GoalFields control={control} />
        </Card>
        {props.saveError ? (
          <Flex vertical gap={8}>
            <ErrorAlert error={props.saveError} />
            <Alert type="info" title={t('profile.draft.kept')} />
          </Flex>
        ) : null}
        {!props.readOnly && (
          <Flex justify="end" className="profile-actions">
            <Button type="primary" htmlType="submit" size="large" loading={props.saving}>
              {props.submitLabel}
            </Button>
          </Flex>
        )}
      </form>
    </Form>
  );
}
