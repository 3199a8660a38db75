// PostgreSQL test databases on the TEST_DATABASE_URL server. One migrated template database per migrations
// checksum (`inovda_tpl_<hash>`, kept between runs like a build cache, built under an advisory lock and
// renamed into place only when complete), then `CREATE DATABASE inovda_test_<random> TEMPLATE ...` per call,
// dropped on close. The database named in the URL is only used to run CREATE/DROP; it is never modified.
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { parsePgUrl, type PgConnectionConfig } from '../client.ts';
import { DEFAULT_MIGRATIONS_DIR, readMigrationList } from '../migrate/migrations-dir.ts';
import { deployMigrations } from '../migrate/runner.ts';

const templates = new Map<string, Promise<string>>();

function migrationsHash(migrationsDir: string): string {
  const hash = createHash('sha256');
  for (const dir of readMigrationList(migrationsDir).migrationDirectories) {
    hash.update(dir.path).update('\0');
    hash.update(dir.migrationFile.content.tag === 'ok' ? dir.migrationFile.content.value : '').update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export async function withAdminClient<T>(
  server: PgConnectionConfig,
  work: (c: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(server);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function buildTemplate(
  server: PgConnectionConfig,
  name: string,
  migrationsDir: string,
): Promise<string> {
  await withAdminClient(server, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return;
      const building = `${name}_build_${randomUUID().slice(0, 8)}`;
      await admin.query(`CREATE DATABASE "${building}"`);
      try {
        await deployMigrations(
          { target: { kind: 'postgres', config: { ...server, database: building } } },
          { migrationsDir },
        );
        await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        throw error;
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
}

/** Creates a fresh migrated database on the server; returns its config and a function that drops it. */
export async function createMigratedPgDatabase(
  serverUrl: string,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
): Promise<{ config: PgConnectionConfig; drop: () => Promise<void> }> {
  const server = parsePgUrl(serverUrl);
  const templateName = `inovda_tpl_${migrationsHash(migrationsDir)}`;
  const key = `${serverUrl}|${templateName}`;
  let template = templates.get(key);
  if (!template) {
    template = buildTemplate(server, templateName, migrationsDir);
    templates.set(key, template);
    template.catch(() => templates.delete(key));
  }
  const templateDb = await template;
  const database = `inovda_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await withAdminClient(server, (admin) =>
    admin.query(`CREATE DATABASE "${database}" TEMPLATE "${templateDb}"`),
  );
  return {
    config: { ...server, database },
    drop: () =>
      withAdminClient(server, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      ).then(() => {}),
  };
}

/** Creates an empty database on the server (for migration tests); returns its config and a drop function. */
export async function createEmptyPgDatabase(
  serverUrl: string,
): Promise<{ config: PgConnectionConfig; drop: () => Promise<void> }> {
  const server = parsePgUrl(serverUrl);
  const database = `inovda_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await withAdminClient(server, (admin) => admin.query(`CREATE DATABASE "${database}"`));
  return {
    config: { ...server, database },
    drop: () =>
      withAdminClient(server, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      ).then(() => {}),
  };
}
