import { lazy } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { FullPageSpin } from '../components/full-page-spin';
import { useSession } from '../lib/use-session';

// The signed-in frame (menu, drawer, header) is its own chunk: the login screen never downloads it.
const AppLayout = lazy(() => import('./layout/app-layout'));

/** Signed-in area: waits for `auth.me`, sends strangers to the login page (remembering where they wanted to go). */
export function RequireAuth() {
  const { user, isLoading, error } = useSession();
  const location = useLocation();
  if (isLoading) return <FullPageSpin />;
  if (error) return <ErrorAlert error={error} className="page-error" />;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <AppLayout user={user} />;
}
