import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusPage } from '../components/status-page';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <StatusPage
      code="404"
      title={t('notFound.title')}
      body={t('notFound.body')}
      actionLabel={t('backHome')}
      onAction={() => void navigate('/')}
    />
  );
}
