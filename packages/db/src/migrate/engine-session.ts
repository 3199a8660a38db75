// One schema-engine session over a database target: builds the right adapter factory, starts the engine,
// runs the work, then frees the engine and disposes every adapter (the engine does not).
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbTarget } from '../client.ts';
import { PgMigrationFactory } from './pg-migration-factory.ts';
import { PGliteMigrationFactory } from './pglite-migration-factory.ts';
import { startSchemaEngine, type SchemaEngine } from './schema-engine.ts';

export type MigrationFactory = (PgMigrationFactory | PGliteMigrationFactory) &
  SqlMigrationAwareDriverAdapterFactory;

export function createMigrationFactory(target: DbTarget): MigrationFactory {
  return target.kind === 'postgres'
    ? new PgMigrationFactory(target.config)
    : new PGliteMigrationFactory(target.pglite);
}

export async function withSchemaEngine<T>(
  target: DbTarget,
  schemaPath: string,
  work: (engine: SchemaEngine, factory: MigrationFactory) => Promise<T>,
): Promise<T> {
  const factory = createMigrationFactory(target);
  let engine: SchemaEngine | undefined;
  try {
    engine = await startSchemaEngine(factory, schemaPath);
    return await work(engine, factory);
  } finally {
    engine?.free();
    await factory.close();
  }
}

/** The engine throws plain objects or Errors; this extracts a readable message. */
export function engineErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
