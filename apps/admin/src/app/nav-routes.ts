import { canOpen, type TRole } from '../lib/roles';
import { routes } from './routes';

/** The menu entries a role may open, in the order of the routes list. */
export function listNavRoutes(role: TRole) {
  return routes.filter((route) => route.nav && canOpen(role, route.roles));
}

/** The entry to highlight: the longest menu path that prefixes the current location. */
export function findActivePath(pathname: string, paths: readonly string[]): string | undefined {
  return [...paths]
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
}
