import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/app-error';
import { formatDate } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { useTRPC } from '../../../lib/trpc';
import { useLanguage } from '../../../lib/use-language';
import { daysPastInternalDeadline } from './late-submission';

/**
 * Submits the innovation for review after a confirmation. Enabled only when the readiness checklist has no
 * blocking item (the server checks the same rules again and refuses otherwise).
 */
export function SubmitButton({
  submissionId,
  version,
  state,
  canSubmit,
  allowed,
  onSubmitted,
  compact = false,
  internalDeadline = null,
}: {
  submissionId: string;
  version: number;
  state: string;
  canSubmit: boolean;
  allowed: boolean;
  onSubmitted: () => void;
  /** The phone's summary bar: a normal-sized button, without the hint (the bar says what blocks). */
  compact?: boolean;
  /** The period's internal deadline: submitting after it asks for a second look. */
  internalDeadline?: Date | null;
}) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const submit = useMutation(
    trpc.innovation.submit.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.innovation.pathKey() });
        void message.success(t('submit.done'));
        onSubmitted();
      },
      onError: (error) => void message.error(describeError(error, t).message),
    }),
  );
  if (!allowed) return null;
  const hint = canSubmit || compact ? null : t('submit.blocked');
  return (
    <Flex vertical gap={4}>
      <Button
        type="primary"
        size={compact ? 'middle' : 'large'}
        block={!compact}
        icon={<SendOutlined />}
        disabled={!canSubmit}
        loading={submit.isPending}
        aria-describedby={hint ? 'submit-hint' : undefined}
        onClick={() =>
          modal.confirm({
            title: t('submit.confirmTitle'),
            content: (() => {
              const late = daysPastInternalDeadline(internalDeadline, new Date(), timeZone);
              if (late === 0 || !internalDeadline) return t('submit.confirmBody');
              const date = formatDate(internalDeadline, lng, timeZone);
              return (
                <Flex vertical gap={8}>
                  <Alert type="warning" showIcon title={t('submit.late', { count: late, date })} />
                  <span>{t('submit.confirmBody')}</span>
                </Flex>
              );
            })(),
            okText: state === 'RETURNED' ? t('submit.resubmit') : t('submit.button'),
            cancelText: tc('cancel'),
            onOk: () => submit.mutateAsync({ submissionId, version }),
          })
        }
      >
        {state === 'RETURNED' ? t('submit.resubmit') : t('submit.button')}
      </Button>
      {hint && (
        <span id="submit-hint" className="submit-hint">
          {hint}
        </span>
      )}
    </Flex>
  );
}
