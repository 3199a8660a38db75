// `inovda-admin grant-app-role --role NAME` (PostgreSQL, run as the schema owner: MIGRATION_DATABASE_URL): gives
// the server's own login role only what the app needs. Ordinary tables: SELECT, INSERT, UPDATE, DELETE. The
// append-only tables (audit log, frozen packages): SELECT and INSERT only, plus the one-time send stamp of a
// package; so the app can neither change them nor, not being their owner, disable their triggers. pg-boss's
// schema (installed by `inovda-admin migrate`): USAGE and row access. `_prisma_migrations`: SELECT (the server
// checks that nothing is pending). Idempotent: run it again after every `inovda-admin migrate`.
import type { Db } from '@inovda/db';
import pg from 'pg';
import { JOB_SCHEMA } from '../jobs/job-runner.ts';
import { AdminError, type AdminIo, both } from './io.ts';

/** Tables the database keeps append-only with triggers (migrations audit_append_only, package_snapshot_frozen). */
const APPEND_ONLY_TABLES = ['AuditEvent', 'PackageSnapshot', 'PackageSnapshotItem'] as const;
/** The only columns the app may ever set on an append-only table: marking a frozen package sent, once. */
const APPEND_ONLY_UPDATABLE: Record<string, string[]> = { PackageSnapshot: ['sentAt', 'sentById'] };

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The statements, in order, for a role in the given database and schema (identifiers already validated). */
function grantStatements(input: { role: string; database: string; schema: string }): string[] {
  const id = (name: string) => pg.escapeIdentifier(name);
  const role = id(input.role);
  const schema = id(input.schema);
  const boss = id(JOB_SCHEMA);
  const table = (name: string) => `${schema}.${id(name)}`;
  const appendOnly = APPEND_ONLY_TABLES.map(table).join(', ');
  return [
    `GRANT CONNECT, TEMPORARY ON DATABASE ${id(input.database)} TO ${role}`,
    `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
    `REVOKE CREATE ON SCHEMA ${schema} FROM ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
    // Tables later migrations add get row access too (the owner creates them); append-only ones are revoked
    // below when this command runs again after the migration.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${appendOnly} FROM ${role}`,
    ...Object.entries(APPEND_ONLY_UPDATABLE).map(
      ([name, columns]) => `GRANT UPDATE (${columns.map(id).join(', ')}) ON ${table(name)} TO ${role}`,
    ),
    `REVOKE ALL ON ${table('_prisma_migrations')} FROM ${role}`,
    `GRANT SELECT ON ${table('_prisma_migrations')} TO ${role}`,
    `GRANT USAGE ON SCHEMA ${boss} TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${boss} TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${boss} TO ${role}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${boss} TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${boss} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
  ];
}

export async function runGrantAppRole(db: Db, role: string | undefined, io: AdminIo): Promise<void> {
  if (!role || !ROLE_NAME.test(role)) {
    throw new AdminError(
      both(
        'Pakai: inovda-admin grant-app-role --role NAMA (huruf kecil, angka, garis bawah).',
        'Usage: inovda-admin grant-app-role --role NAME (lower-case letters, digits, underscores).',
      ),
      2,
    );
  }
  if (db.target.kind !== 'postgres') {
    throw new AdminError(
      both(
        'grant-app-role hanya untuk PostgreSQL (DATABASE_URL / MIGRATION_DATABASE_URL).',
        'grant-app-role is for PostgreSQL only (DATABASE_URL / MIGRATION_DATABASE_URL).',
      ),
    );
  }
  const client = new pg.Client(db.target.config);
  await client.connect();
  try {
    const { rows } = await client.query<{
      database: string;
      schema: string;
      me: string;
      exists: boolean;
      super: boolean | null;
      owner: string | null;
      inherits_owner: boolean | null;
      boss: boolean;
    }>(
      `SELECT current_database() AS database, current_schema() AS schema, current_user AS me,
              r.oid IS NOT NULL AS exists, r.rolsuper AS super,
              (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'AuditEvent') AS owner,
              CASE WHEN r.oid IS NULL THEN NULL ELSE pg_has_role(r.oid,
                (SELECT relowner FROM pg_class WHERE oid = to_regclass(quote_ident(current_schema()) || '."AuditEvent"')),
                'USAGE') END AS inherits_owner,
              to_regnamespace($2) IS NOT NULL AS boss
         FROM (SELECT 1) one LEFT JOIN pg_roles r ON r.rolname = $1`,
      [role, JOB_SCHEMA],
    );
    const info = rows[0];
    if (!info?.owner) {
      throw new AdminError(
        both(
          'Tabel Inovda belum ada. Jalankan dulu: inovda-admin migrate',
          'The Inovda tables do not exist yet. First run: inovda-admin migrate',
        ),
      );
    }
    if (!info.boss) {
      throw new AdminError(
        both(
          `Skema ${JOB_SCHEMA} (antrean tugas) belum ada. Jalankan dulu: inovda-admin migrate`,
          `The ${JOB_SCHEMA} schema (job queue) does not exist yet. First run: inovda-admin migrate`,
        ),
      );
    }
    if (!info.exists) {
      throw new AdminError(
        both(
          `Peran ${role} belum ada. Buat dulu sebagai superuser: CREATE ROLE ${role} LOGIN PASSWORD '...';`,
          `Role ${role} does not exist. Create it first as a superuser: CREATE ROLE ${role} LOGIN PASSWORD '...';`,
        ),
      );
    }
    if (info.super || info.inherits_owner || role === info.me) {
      throw new AdminError(
        both(
          `Peran ${role} adalah superuser, pemilik tabel (${info.owner}) atau anggota perannya: ia dapat mematikan trigger log audit. Pakai peran login tersendiri untuk aplikasi.`,
          `Role ${role} is a superuser, the tables' owner (${info.owner}) or a member of it: it could disable the audit log's triggers. Use a separate login role for the app.`,
        ),
      );
    }
    await client.query('BEGIN');
    for (const statement of grantStatements({ role, database: info.database, schema: info.schema })) {
      await client.query(statement);
    }
    await client.query('COMMIT');
    io.out(
      both(
        `Hak peran ${role} diatur: baca/tulis tabel biasa; ${APPEND_ONLY_TABLES.join(', ')} hanya SELECT dan INSERT. Jalankan ulang setelah setiap inovda-admin migrate.`,
        `Role ${role} granted: read/write on ordinary tables; ${APPEND_ONLY_TABLES.join(', ')} SELECT and INSERT only. Run again after every inovda-admin migrate.`,
      ),
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
