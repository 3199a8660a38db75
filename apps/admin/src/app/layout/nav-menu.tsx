import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TRole } from '../../lib/roles';
import { findActivePath, listNavRoutes } from '../nav-routes';
import { NAV_ICONS } from './nav-icons';

export function NavMenu({ role, onNavigate }: { role: TRole; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = listNavRoutes(role);
  const active = findActivePath(
    pathname,
    entries.map((e) => e.path),
  );
  return (
    <Menu
      mode="inline"
      selectedKeys={active ? [active] : []}
      items={entries.map((entry) => ({
        key: entry.path,
        icon: entry.nav?.icon ? NAV_ICONS[entry.nav.icon] : undefined,
        label: (
          <Link to={entry.path} onClick={onNavigate}>
            {t(entry.nav?.labelKey ?? '')}
          </Link>
        ),
      }))}
    />
  );
}
