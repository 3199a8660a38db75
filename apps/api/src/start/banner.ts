// What the start command prints once the server is ready: where to open it and how to sign in.
import type { DemoAccount } from '@inovda/db/seed';

export function formatBanner(input: {
  port: number;
  dataDir: string;
  database: string;
  adminServed: boolean;
  accounts: readonly DemoAccount[];
  password: string;
}): string {
  const width = Math.max(...input.accounts.map((account) => account.email.length));
  const lines = [
    '',
    `Inovda berjalan di / is running at  http://localhost:${input.port}`,
    `  data: ${input.dataDir}`,
    `  database: ${input.database}`,
  ];
  if (!input.adminServed) {
    lines.push('  (aplikasi admin belum di-build / admin app not built: pnpm --filter @inovda/admin build)');
  }
  lines.push('', `Akun demo / demo accounts (kata sandi / password: ${input.password}):`);
  for (const account of input.accounts) {
    const unit = account.unitName ? `  ${account.unitName}` : '';
    lines.push(`  ${account.email.padEnd(width)}  ${account.role.padEnd(8)}${unit}`);
  }
  lines.push('', 'Tekan Ctrl+C untuk berhenti / press Ctrl+C to stop.', '');
  return lines.join('\n');
}
