import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { FullPageSpin } from '../components/full-page-spin';
import { AppProviders } from './app-providers';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import { RoleGate } from './role-gate';
import { routes } from './routes';

const LoginPage = lazy(() => import('../pages/auth/login-page'));

export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <ErrorBoundary>
          <Suspense fallback={<FullPageSpin />}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<RequireAuth />}>
                <Route index element={<HomeRedirect />} />
                {routes.map(({ path, Component, roles }) => (
                  <Route
                    key={path}
                    path={path}
                    element={
                      <RoleGate roles={roles}>
                        <Component />
                      </RoleGate>
                    }
                  />
                ))}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </BrowserRouter>
    </AppProviders>
  );
}
