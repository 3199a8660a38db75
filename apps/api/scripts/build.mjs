#!/usr/bin/env node
// Builds the API for production: plain JavaScript in dist/ that `node dist/main.js` (the server) and
// `node dist/admin.js` (inovda-admin) run without tsx. The workspace packages (@inovda/domain, @inovda/db, whose
// exports are TypeScript sources) are bundled in; every other package stays external and is loaded from
// node_modules, so this package must list each of them in its own "dependencies" (checked below).
// Next to the bundle go what the bundled code reads from disk: the Prisma schema and migrations (dist/prisma)
// and the demo fixture (dist/fixtures).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dbRoot = resolve(apiRoot, '../../packages/db');
const outArg = process.argv.indexOf('--outdir');
const outdir = resolve(apiRoot, outArg > 0 ? process.argv[outArg + 1] : 'dist');
// Loaded only when installed (pino-pretty: a dev-time nicety); a production install goes without.
const OPTIONAL_DEV_IMPORTS = new Set(['pino-pretty']);

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const bundleWorkspaceOnly = {
  name: 'bundle-workspace-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@inovda/')) return undefined; // bundled from source
      return { path: args.path, external: true };
    });
  },
};

const started = Date.now();
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: apiRoot,
  entryPoints: { main: 'src/main.ts', admin: 'src/admin-cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  // Chunks sit beside the entry points, so `import.meta.url` of bundled code is always dist/.
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [bundleWorkspaceOnly],
});

// Every external package the bundle imports must be a runtime dependency of @inovda/api.
const pkg = JSON.parse(readFileSync(join(apiRoot, 'package.json'), 'utf8'));
const builtins = new Set(builtinModules);
const missing = new Set();
for (const output of Object.values(result.metafile.outputs)) {
  for (const { path, external } of output.imports) {
    if (!external || path.startsWith('node:') || builtins.has(path)) continue;
    const name = packageName(path);
    if (!pkg.dependencies[name] && !OPTIONAL_DEV_IMPORTS.has(name)) missing.add(name);
  }
}
if (missing.size > 0) {
  console.error(
    `apps/api/package.json "dependencies" lacks what the bundle imports: ${[...missing].join(', ')}`,
  );
  process.exit(1);
}

cpSync(join(dbRoot, 'prisma/schema.prisma'), join(outdir, 'prisma/schema.prisma'));
cpSync(join(dbRoot, 'prisma/migrations'), join(outdir, 'prisma/migrations'), { recursive: true });
mkdirSync(join(outdir, 'fixtures'), { recursive: true });
cpSync(join(dbRoot, 'src/seed/fixtures/pati-demo.json'), join(outdir, 'fixtures/pati-demo.json'));
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');

const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `built ${relative(process.cwd(), outdir) || '.'}: ${Object.keys(result.metafile.outputs).length} files, ` +
    `${(bytes / 1024).toFixed(0)} KiB in ${Date.now() - started} ms`,
);
