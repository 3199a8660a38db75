import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { ALL_ROLES, type TRole } from '../lib/roles';

/**
 * One screen of the signed-in app. Each screen is its own chunk (React.lazy), so the first load stays small.
 * `roles` is who may open it (the server checks again on every call); `nav` puts it in the menu, labelled by a
 * key of the `common` namespace (`nav.*`). To add a screen, append an entry.
 */
export interface TAppRoute {
  path: string;
  Component: LazyExoticComponent<ComponentType>;
  roles: readonly TRole[];
  nav?: { labelKey: string; icon?: string };
}

export const routes: TAppRoute[] = [
  {
    path: '/innovations',
    Component: lazy(() => import('../pages/operator/innovation-list-page')),
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.myInnovations', icon: 'bulb' },
  },
  {
    path: '/innovations/new',
    Component: lazy(() => import('../pages/operator/innovation-create-page')),
    roles: ['OPERATOR'],
  },
  {
    path: '/innovations/:innovationId/profile',
    Component: lazy(() => import('../pages/operator/profile-page')),
    roles: ['OPERATOR'],
  },
  {
    path: '/innovations/:innovationId/indicators',
    Component: lazy(() => import('../pages/operator/indicator-workspace-page')),
    roles: ['OPERATOR'],
  },
  {
    path: '/dashboard',
    Component: lazy(() => import('../pages/dashboard/dashboard-page')),
    roles: ['ADMIN', 'VERIFIER', 'VIEWER'],
    nav: { labelKey: 'nav.dashboard', icon: 'dashboard' },
  },
  {
    path: '/review',
    Component: lazy(() => import('../pages/verifier/queue-page')),
    roles: ['VERIFIER', 'ADMIN'],
    nav: { labelKey: 'nav.verifierQueue', icon: 'safety-certificate' },
  },
  {
    path: '/review/:innovationId',
    Component: lazy(() => import('../pages/verifier/review-page')),
    roles: ['VERIFIER', 'ADMIN'],
  },
  {
    path: '/admin/periods',
    Component: lazy(() => import('../pages/admin/periods/periods-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.periods', icon: 'calendar' },
  },
  {
    path: '/admin/units',
    Component: lazy(() => import('../pages/admin/units/units-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.units', icon: 'apartment' },
  },
  {
    path: '/admin/users',
    Component: lazy(() => import('../pages/admin/users/users-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.users', icon: 'team' },
  },
  {
    path: '/admin/imports',
    Component: lazy(() => import('../pages/admin/imports/import-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.imports', icon: 'import' },
  },
  {
    path: '/admin/spd',
    Component: lazy(() => import('../pages/admin/spd/spd-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.spd', icon: 'form' },
  },
  {
    path: '/admin/exports',
    Component: lazy(() => import('../pages/admin/exports/exports-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.exports', icon: 'file-done' },
  },
  {
    path: '/admin/carry-over',
    Component: lazy(() => import('../pages/admin/carry-over/carry-over-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.carryOver', icon: 'carry-over' },
  },
  {
    path: '/national-results',
    Component: lazy(() => import('../pages/admin/national/national-results-page')),
    roles: ['ADMIN', 'VERIFIER', 'VIEWER'],
    nav: { labelKey: 'nav.nationalResults', icon: 'trophy' },
  },
  {
    path: '/notifications',
    Component: lazy(() => import('../pages/notifications/notifications-page')),
    roles: ALL_ROLES,
  },
  {
    path: '/admin/editions',
    Component: lazy(() => import('../pages/admin/editions/editions-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.editions', icon: 'book' },
  },
  {
    path: '/admin/editions/:code',
    Component: lazy(() => import('../pages/admin/editions/edition-editor-page')),
    roles: ['ADMIN'],
  },
  {
    path: '/admin/audit',
    Component: lazy(() => import('../pages/admin/audit/audit-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.audit', icon: 'audit' },
  },
  {
    path: '/admin/region',
    Component: lazy(() => import('../pages/admin/region/region-settings-page')),
    roles: ['ADMIN'],
    nav: { labelKey: 'nav.region', icon: 'setting' },
  },
];
