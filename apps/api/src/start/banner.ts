// What the start command tells the operator once the server is ready: where to open it, and either the demo
// accounts (only when the demo is really there) or, on a database without a region, the init command to run.
// In a terminal (LOG_FORMAT=pretty) it is a short text on stdout; in JSON logs it is one structured `ready` line
// (plus a warning when init is needed), so a log shipper gets fields rather than a drawing.
import type { DemoAccount } from '@inovda/db/seed';
import type { Logger } from '../log/logger.ts';

export interface BannerInput {
  url: string;
  dataDir: string;
  database: string;
  adminServed: boolean;
  /** Demo accounts present in the database; empty when there is no demo. */
  demoAccounts: readonly DemoAccount[];
  password: string;
  /** No region yet: nobody can sign in until `inovda-admin init` has run. */
  needsInit: boolean;
}

const INIT_HINT = [
  'Belum ada daerah di database ini. Buat daerah dan ADMIN pertamanya: pnpm inovda-admin init',
  'This database has no region yet. Create the region and its first ADMIN: pnpm inovda-admin init',
];
const ADMIN_NOT_BUILT =
  '(aplikasi admin belum di-build / admin app not built: pnpm --filter @inovda/admin build)';

export function formatBanner(input: BannerInput): string {
  const lines = [
    '',
    `Inovda berjalan di / is running at  ${input.url}`,
    `  data: ${input.dataDir}`,
    `  database: ${input.database}`,
  ];
  if (!input.adminServed) lines.push(`  ${ADMIN_NOT_BUILT}`);
  if (input.needsInit) lines.push('', ...INIT_HINT);
  if (input.demoAccounts.length > 0) {
    const width = Math.max(...input.demoAccounts.map((account) => account.email.length));
    lines.push('', `Akun demo / demo accounts (kata sandi / password: ${input.password}):`);
    for (const account of input.demoAccounts) {
      const unit = account.unitName ? `  ${account.unitName}` : '';
      lines.push(`  ${account.email.padEnd(width)}  ${account.role.padEnd(8)}${unit}`);
    }
  }
  lines.push('', 'Tekan Ctrl+C untuk berhenti / press Ctrl+C to stop.', '');
  return lines.join('\n');
}

/** Prints the banner for a person (pretty) or logs it as fields (json). */
export function announceReady(
  logger: Logger,
  format: 'json' | 'pretty',
  input: BannerInput,
  write: (text: string) => void = (text) => process.stdout.write(`${text}\n`),
): void {
  if (format === 'pretty') return write(formatBanner(input));
  logger.info(
    {
      event: 'ready',
      url: input.url,
      database: input.database,
      adminServed: input.adminServed,
      demoAccounts: input.demoAccounts.map((account) => account.email),
    },
    'Inovda siap / ready',
  );
  if (input.needsInit) logger.warn({ event: 'needs-init' }, INIT_HINT.join(' / '));
}
