// Loads Prisma's schema engine (WebAssembly) and binds it to a driver adapter factory.
// We instantiate the .wasm ourselves: a plain `import '@prisma/schema-engine-wasm'` needs
// --experimental-wasm-modules under tsx and vitest (see shared notes/toolchain.md §5).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

export type { SchemaEngine } from '@prisma/schema-engine-wasm';

interface WasmInstance {
  exports: { __wbindgen_start(): void } & Record<string, unknown>;
}
interface WasmGlue {
  __wbg_set_wasm(exports: unknown): void;
  SchemaEngine: {
    new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<SchemaEngine>;
  };
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => unknown;
  Instance: new (module: unknown, imports: Record<string, unknown>) => WasmInstance;
}

let loaded = false;

function loadWasm(): void {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  // The engine reports Rust panics through this global before throwing.
  registry.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message: string) => console.error('[schema-engine panic]', message),
  };
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const instance = new wasm.Instance(new wasm.Module(readFileSync(wasmPath)), {
    './schema_engine_bg.js': glue,
  });
  (glue as unknown as WasmGlue).__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  loaded = true;
}

/** Starts a schema engine for one schema file over the given migration-aware adapter factory. */
export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
): Promise<SchemaEngine> {
  loadWasm();
  const engine = (glue as unknown as WasmGlue).SchemaEngine;
  return engine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, 'utf8')]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
