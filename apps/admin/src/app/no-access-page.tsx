import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusPage } from '../components/status-page';

export function NoAccessPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <StatusPage
      code="403"
      title={t('noAccess.title')}
      body={t('noAccess.body')}
      actionLabel={t('backHome')}
      onAction={() => void navigate('/')}
    />
  );
}
