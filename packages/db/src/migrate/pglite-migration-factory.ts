// Driver adapter factory for the schema engine on PGlite. pglite-prisma-adapter 0.7.2 does not await
// `exec()` in executeScript, so a failing migration would be recorded as applied; its shadow PGlite is
// never closed. Both are fixed here. The main instance is shared with the caller and never closed by us.
import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPGlite } from '../pglite-assets.ts';

function awaitExec(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

export class PGliteMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-prisma-adapter';
  private readonly shadows = new Set<PGlite>();
  /** Shadow instances opened by this factory (for tests: they are never the main instance). */
  readonly shadowInstances: PGlite[] = [];

  constructor(private readonly pglite: PGlite) {}

  async connect(): Promise<SqlDriverAdapter> {
    return awaitExec(await new PrismaPGlite(this.pglite).connect(), this.pglite);
  }

  /** A separate in-memory PGlite, closed when the engine disposes the adapter. */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openPGlite();
    this.shadows.add(shadow);
    this.shadowInstances.push(shadow);
    const adapter = awaitExec(await new PrismaPGlite(shadow).connect(), shadow);
    adapter.dispose = async () => this.closeShadow(shadow);
    return adapter;
  }

  async close(): Promise<void> {
    await Promise.all([...this.shadows].map((s) => this.closeShadow(s)));
  }

  private async closeShadow(shadow: PGlite): Promise<void> {
    this.shadows.delete(shadow);
    if (!shadow.closed) await shadow.close();
  }
}
