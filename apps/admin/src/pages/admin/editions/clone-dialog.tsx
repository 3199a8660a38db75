import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../../components/form-field';
import { describeError } from '../../../lib/app-error';
import { useTRPC } from '../../../lib/trpc';
import { CUSTOM_CODE, suggestCloneCode } from './edition-draft';

/** The edition to clone: its code, name and assessment year (the clone is proposed for the year after). */
export interface TCloneSource {
  code: string;
  name: string;
  assessmentYear: number | null;
}

/** Checks the two fields of the clone form; returns message keys of the `editions` namespace per field. */
function validateClone(
  values: { code: string; name: string },
  taken: ReadonlySet<string>,
): Partial<Record<'code' | 'name', string>> {
  const errors: Partial<Record<'code' | 'name', string>> = {};
  const code = values.code.trim();
  if (!CUSTOM_CODE.test(code)) errors.code = 'cloneDialog.codeInvalid';
  else if (taken.has(code)) errors.code = 'cloneDialog.codeTaken';
  const name = values.name.trim();
  if (name.length < 2 || name.length > 200) errors.name = 'cloneDialog.nameInvalid';
  return errors;
}

/**
 * Clones an edition (built-in or custom) into a new custom edition of the region: the ADMIN chooses its code and
 * name; the server copies the pack as it is, and the editor opens on the copy.
 */
export function CloneDialog({
  source,
  onClose,
  onCreated,
}: {
  source: TCloneSource | null;
  onClose: () => void;
  onCreated: (code: string) => void;
}) {
  const { t } = useTranslation(['editions', 'common']);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const list = useQuery(trpc.edition.list.queryOptions());
  const taken = new Set([...(list.data?.builtIn ?? []), ...(list.data?.custom ?? [])].map((e) => e.code));
  const [values, setValues] = useState<{ code: string; name: string } | null>(null);
  const [touched, setTouched] = useState(false);
  const create = useMutation(
    trpc.edition.createCustom.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.edition.pathFilter());
      },
    }),
  );
  if (!source) return null;
  const year = source.assessmentYear === null ? undefined : source.assessmentYear + 1;
  const current = values ?? {
    code: suggestCloneCode(source.code, taken, year),
    name: year ? `${source.name.replace(/\s*\d{4}$/, '')} ${year}` : `${source.name} (salinan)`,
  };
  const errors = validateClone(current, taken);
  const err = (field: 'code' | 'name') => (touched && errors[field] ? t(errors[field]) : undefined);

  const submit = async () => {
    setTouched(true);
    if (Object.keys(errors).length > 0) return;
    const created = await create.mutateAsync({
      baseCode: source.code,
      code: current.code.trim(),
      name: current.name.trim(),
    });
    void message.success(t('cloneDialog.created', { name: created.name }));
    setValues(null);
    setTouched(false);
    onCreated(created.code);
  };

  return (
    <Modal
      open
      title={t('cloneDialog.title', { name: source.name })}
      okText={t('cloneDialog.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={create.isPending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setValues(null);
        setTouched(false);
        create.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('cloneDialog.intro')}</Typography.Paragraph>
      {create.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={describeError(create.error, t).message}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form layout="vertical" onFinish={() => void submit().catch(() => undefined)}>
        <FormField
          id="clone-code"
          label={t('cloneDialog.code')}
          error={err('code')}
          extra={t('cloneDialog.codeHint')}
          required
        >
          <Input
            {...describeField('clone-code', err('code'))}
            value={current.code}
            autoComplete="off"
            onChange={(e) => setValues({ ...current, code: e.target.value.toLowerCase() })}
          />
        </FormField>
        <FormField id="clone-name" label={t('cloneDialog.name')} error={err('name')} required>
          <Input
            {...describeField('clone-name', err('name'))}
            value={current.name}
            onChange={(e) => setValues({ ...current, name: e.target.value })}
          />
        </FormField>
        {/* Enter in a field submits the form. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
