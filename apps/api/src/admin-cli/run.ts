// inovda-admin's commands (main.ts is the process entry). The operator's tool for a real install (`pnpm inovda-admin <command>`, or
// `node apps/api/dist/admin.js <command>` on a production server). It reads the same environment as the server
// (DATABASE_URL or INOVDA_DATA_DIR, S3_*), and MIGRATION_DATABASE_URL when the app's own role may not change the
// schema. With the embedded PGlite the server must be stopped first (one process per data directory).
import { parseArgs } from 'node:util';
import { createDb, type Db } from '@inovda/db';
import type { AppEnv } from '../env.ts';
import { commandHelp, HELP } from './help.ts';
import { AdminError, type AdminIo, both } from './io.ts';
import { runInit, type PasswordSource } from './init.ts';
import { runMigrate } from './migrate.ts';
import { runGrantAppRole } from './grant-app-role.ts';
import { runBackup } from './backup/backup.ts';
import { runRestore } from './backup/restore.ts';
import { createStorage } from '../storage/index.ts';
import { join } from 'node:path';

function openAdminDb(env: AppEnv): Promise<Db> {
  return createDb(
    env.migrationDatabaseUrl
      ? { databaseUrl: env.migrationDatabaseUrl }
      : { dataDir: join(env.dataDir, 'db') },
  );
}

function passwordSource(values: Record<string, unknown>): PasswordSource {
  const chosen = [
    values['password-stdin'] ? 'stdin' : null,
    values['password-file'] ? 'file' : null,
    values['one-time-password'] ? 'one-time' : null,
  ].filter((value): value is PasswordSource => value !== null);
  if (chosen.length > 1) {
    throw new AdminError(
      both(
        'Pilih satu saja: --password-stdin, --password-file atau --one-time-password.',
        'Choose only one of --password-stdin, --password-file and --one-time-password.',
      ),
    );
  }
  return chosen[0] ?? 'prompt';
}

export async function runAdmin(argv: string[], io: AdminIo, env: AppEnv): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP);
    return command ? 0 : 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'region-name': { type: 'string' },
      'region-code': { type: 'string' },
      'time-zone': { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-email': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'password-file': { type: 'string' },
      'one-time-password': { type: 'boolean' },
      force: { type: 'boolean' },
      'no-files': { type: 'boolean' },
      role: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(commandHelp(command));
    return 0;
  }
  const withDb = async <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
    const db = await openAdminDb(env);
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  switch (command) {
    case 'init':
      await withDb((db) =>
        runInit(
          db,
          {
            regionName: values['region-name'],
            regionCode: values['region-code'],
            timeZone: values['time-zone'],
            adminName: values['admin-name'],
            adminEmail: values['admin-email'],
            password: passwordSource(values),
            passwordFile: values['password-file'],
          },
          io,
        ),
      );
      return 0;
    case 'migrate':
      await withDb((db) => runMigrate(db, io));
      return 0;
    case 'grant-app-role':
      await withDb((db) => runGrantAppRole(db, values.role, io));
      return 0;
    case 'backup':
    case 'restore': {
      const file = positionals[0];
      if (!file || positionals.length > 1) {
        throw new AdminError(
          both(`Pakai: inovda-admin ${command} FILE`, `Usage: inovda-admin ${command} FILE`),
        );
      }
      const storage = createStorage({ dataDir: env.dataDir, s3: env.s3 });
      if (command === 'backup') {
        await withDb((db) => runBackup({ db, storage, file, includeFiles: !values['no-files'] }, io));
      } else {
        const evidenceDir = storage.kind === 'local' ? join(env.dataDir, 'evidence') : undefined;
        await withDb((db) =>
          runRestore({ db, storage, file, force: Boolean(values.force), evidenceDir }, io),
        );
      }
      return 0;
    }
    default:
      throw new AdminError(
        both(
          `Perintah tidak dikenal: ${command}. Lihat: inovda-admin help`,
          `Unknown command: ${command}. See: inovda-admin help`,
        ),
      );
  }
}
