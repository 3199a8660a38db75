#!/usr/bin/env node
// `pnpm inovda-admin ...`: runs the built dist/admin.js, building it first when it is missing or older than the
// sources it comes from (a fresh clone, or sources changed since). A production server, with dist built once by
// `pnpm build`, never rebuilds here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(apiRoot, '../..');
const entry = join(apiRoot, 'dist/admin.js');
const sources = ['apps/api/src', 'packages/db/src', 'packages/db/prisma', 'packages/domain/src'];

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(entry) ||
  (existsSync(join(repoRoot, sources[0])) &&
    Math.max(...sources.map((dir) => newestMtime(join(repoRoot, dir)))) > statSync(entry).mtimeMs);
if (stale) {
  const built = spawnSync(process.execPath, [join(apiRoot, 'scripts/build.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import(pathToFileURL(entry).href);
