import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';

function readAppError(error: unknown): { appCode: string; params: Record<string, unknown> } | null {
  const data = error && typeof error === 'object' && 'data' in error ? error.data : null;
  if (!data || typeof data !== 'object' || !('appCode' in data) || typeof data.appCode !== 'string')
    return null;
  const params = 'params' in data && data.params && typeof data.params === 'object' ? data.params : {};
  return { appCode: data.appCode, params: params as Record<string, unknown> };
}

/** A refused preview or commit: the file's problem in this page's words, else the app's usual error text. */
export function ImportErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation('imports');
  const found = readAppError(error);
  if (!error) return null;
  if (found && i18n.exists(`fileErrors.${found.appCode}`, { ns: 'imports' }))
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t(`fileErrors.${found.appCode}`, found.params)}
        className="import-upload-error"
      />
    );
  return <ErrorAlert error={error} className="import-upload-error" />;
}
