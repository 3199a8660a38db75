// Driver adapter factory for the schema engine on a PostgreSQL server, fixing four adapter-pg bugs
// (shared notes/toolchain.md §5): OID 18 ("char") columns, the shadow database being dropped while still in
// use, the "shadow" connecting to the MAIN database when built from a connection string, and executeScript
// splitting plpgsql bodies on every `;`. The application's PrismaClient keeps using plain PrismaPg.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import type { PgConnectionConfig } from '../client.ts';

interface FieldsResult {
  fields?: { dataTypeID: number }[];
}
const CHAR_OID = 18;
const TEXT_OID = 25;

function charAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as (FieldsResult | undefined)[]) {
    r?.fields?.forEach((field) => {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    });
  }
  return result;
}

/** pg client that reports `"char"` columns as text, which adapter-pg can decode. */
class CharAsTextClient extends pg.Client {
  // pg's query has many overloads; we only post-process the result of whichever one is used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: unknown[]): any {
    const callbackIndex = args.findIndex((a) => typeof a === 'function');
    const callback = args[callbackIndex] as ((err: unknown, res: unknown) => void) | undefined;
    if (callback) {
      args[callbackIndex] = (err: unknown, res: unknown) => callback(err, err ? res : charAsText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.then(charAsText) : result;
  }
}

interface AdapterInternals {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
}

/** Runs a migration script as one simple-protocol query, so dollar-quoted bodies survive. */
function runWholeScript(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as unknown as AdapterInternals;
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

async function runAdminStatement(config: PgConnectionConfig, sql: string): Promise<void> {
  const client = new pg.Client({ ...config, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export class PgMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  private readonly config: PgConnectionConfig;
  private readonly open = new Set<SqlDriverAdapter>();
  /** Names of shadow databases created by this factory (for tests and diagnostics). */
  readonly shadowDatabases: string[] = [];

  constructor(config: PgConnectionConfig) {
    if ('connectionString' in config) {
      throw new Error('PgMigrationFactory needs a config object, not a connection string (shadow safety).');
    }
    this.config = config;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(runWholeScript(await this.adapterFor(this.config.database).connect()));
  }

  /** A fresh, uniquely named database, dropped (after its pool is closed) when the engine disposes it. */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `inovda_shadow_${randomUUID().replaceAll('-', '')}`;
    if (name === this.config.database) throw new Error('Shadow database would be the main database.');
    await runAdminStatement(this.config, `CREATE DATABASE "${name}"`);
    this.shadowDatabases.push(name);
    const adapter = runWholeScript(await this.adapterFor(name).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runAdminStatement(this.config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return this.track(adapter);
  }

  /** Disposes every adapter still open; `engine.free()` does not do it. */
  async close(): Promise<void> {
    await Promise.all([...this.open].map((a) => a.dispose()));
  }

  private adapterFor(database: string): PrismaPg {
    return new PrismaPg({ ...this.config, database, Client: CharAsTextClient });
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => {
      this.open.delete(adapter);
      return (disposed ??= dispose());
    };
    this.open.add(adapter);
    return adapter;
  }
}
