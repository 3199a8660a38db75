import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/app-error';

/** A failed call, in words the user understands (never a stack trace). Announced by screen readers. */
export function ErrorAlert({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert className={className} type="error" showIcon role="alert" title={describeError(error, t).message} />
  );
}
