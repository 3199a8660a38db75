// Where the database is, from the environment: DATABASE_URL (PostgreSQL) or INOVDA_DATA_DIR (PGlite at
// <dataDir>/db; default <repo root>/.data). Shared by the db commands and the apps.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redactUrl, type CreateDbOptions } from './client.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.INOVDA_DATA_DIR || join(REPO_ROOT, '.data'));
}

/** Options for createDb from DATABASE_URL or INOVDA_DATA_DIR. */
export function dbOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CreateDbOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: join(resolveDataDir(env), 'db') };
}

/** Human-readable description of where the database is, without passwords. */
export function describeDbOptions(options: CreateDbOptions): string {
  if (options.databaseUrl) return `PostgreSQL ${redactUrl(options.databaseUrl)}`;
  return options.dataDir ? `PGlite ${options.dataDir}` : 'PGlite (memory)';
}
