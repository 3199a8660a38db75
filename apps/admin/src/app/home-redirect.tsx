import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from '../lib/use-session';
import { listNavRoutes } from './nav-routes';

/** `/` opens the first menu entry of the user's role (operators: their innovations; admins: the dashboard). */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { user } = useSession();
  const first = user ? listNavRoutes(user.role)[0] : undefined;
  if (first) return <Navigate to={first.path} replace />;
  return (
    <section className="status-page">
      <h1>{t('home.welcome', { name: user?.name ?? '' })}</h1>
      <p>{t('home.noScreens')}</p>
    </section>
  );
}
