import type { ReactNode } from 'react';
import { canOpen, type TRole } from '../lib/roles';
import { useSession } from '../lib/use-session';
import { NoAccessPage } from './no-access-page';

/** Shows the screen only to the roles it is meant for; everyone else gets a clear "no access" page. */
export function RoleGate({ roles, children }: { roles: readonly TRole[]; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !canOpen(user.role, roles)) return <NoAccessPage />;
  return children;
}
