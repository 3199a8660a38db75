import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Flex, Grid, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { FullPageSpin } from '../../components/full-page-spin';
import { LanguageSwitch } from '../../components/language-switch';
import { NotificationBell } from '../../features/notifications/notification-bell';
import type { TSessionUser } from '../../lib/use-session';
import { useLogout } from '../use-logout';
import { NavMenu } from './nav-menu';
import './app-layout.css';

/**
 * The signed-in frame: a side menu on wide screens, a drawer behind a menu button on phones (down to 360 px),
 * and the user's name, role, language switch and logout in the header. Inside it, screens can use
 * `App.useApp()` for messages and confirmations.
 */
export default function AppLayout({ user }: { user: TSessionUser }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isWide = Boolean(screens.lg);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const logout = useLogout();

  return (
    // Toasts open below the 64 px header, so they never cover its controls (bell, language, sign-out).
    <AntApp component={false} message={{ top: 72 }}>
      <Layout className="app-layout">
        {isWide && (
          <Layout.Sider theme="light" width={232} className="app-sider">
            <div className="app-brand">Inovda</div>
            <nav aria-label={t('nav.label')}>
              <NavMenu role={user.role} />
            </nav>
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header className="app-header">
            <Flex align="center" gap={8} className="app-header-start">
              {!isWide && (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('nav.open')}
                  aria-expanded={drawerOpen}
                  onClick={() => setDrawerOpen(true)}
                />
              )}
              {!isWide && <span className="app-brand-inline">Inovda</span>}
            </Flex>
            <Flex align="center" gap={8} className="app-header-end">
              <span className="app-user" title={`${user.name} · ${t(`role.${user.role}`)}`}>
                <span className="app-user-name">{user.name}</span>
                <span className="app-user-role"> · {t(`role.${user.role}`)}</span>
              </span>
              <NotificationBell />
              <LanguageSwitch />
              <Button
                icon={<LogoutOutlined />}
                onClick={() => logout.mutate()}
                loading={logout.isPending}
                aria-label={t('auth.logout')}
              >
                {isWide ? t('auth.logout') : null}
              </Button>
            </Flex>
          </Layout.Header>
          <Layout.Content className="app-content">
            <main id="main">
              <ErrorBoundary>
                <Suspense fallback={<FullPageSpin />}>
                  <Outlet />
                </Suspense>
              </ErrorBoundary>
            </main>
          </Layout.Content>
        </Layout>
        {!isWide && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title="Inovda"
            size={280}
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('nav.label')}>
              <NavMenu role={user.role} onNavigate={() => setDrawerOpen(false)} />
            </nav>
          </Drawer>
        )}
      </Layout>
    </AntApp>
  );
}
