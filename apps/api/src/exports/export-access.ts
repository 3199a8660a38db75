// Who may export: the ADMIN (who owns the send decision) and the VIEWER (leaders reading the region's results);
// both see the whole region only. The tRPC procedure and the HTTP downloads share this list.
import type { Role } from '@inovda/db';

export const EXPORT_ROLES = ['ADMIN', 'VIEWER'] as const satisfies readonly [Role, ...Role[]];

export function mayExport(role: Role): boolean {
  return (EXPORT_ROLES as readonly Role[]).includes(role);
}
