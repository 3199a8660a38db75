import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startProcess, waitForHttp, type TStartedProcess } from './support/processes';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin app as the API serves it in production (same origin as /trpc, /uploads, /files). */
    baseUrl: string;
    apiUrl: string;
  }
}

const adminDir = resolve(import.meta.dirname, '..');
const apiDir = resolve(adminDir, '../api');

/** Newest modification time under a folder (the admin's sources). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** `dist` is missing, or older than a source file: the browser would test yesterday's app. */
function isBuildStale(): boolean {
  const built = join(adminDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  return newestMtime(join(adminDir, 'src')) > statSync(built).mtimeMs;
}

/**
 * One API server on a fresh embedded database (a temp PGlite data directory, migrated and seeded by the
 * server itself), serving the freshly built admin from `dist` exactly as `pnpm start` does in production.
 */
export default async function setup(project: TestProject) {
  // Failure captures of an earlier run would be mistaken for this run's.
  const artifacts = join(adminDir, 'e2e', 'artifacts');
  if (existsSync(artifacts)) {
    for (const file of readdirSync(artifacts)) if (file.startsWith('failed-')) rmSync(join(artifacts, file));
  }
  if (isBuildStale()) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React and antd in development mode.
    const build = spawnSync(join(adminDir, 'node_modules/.bin/vite'), ['build'], {
      cwd: adminDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'inovda-e2e-'));
  const apiPort = await findFreePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const started: TStartedProcess[] = [];
  const teardown = async () => {
    await Promise.all(started.map((p) => p.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // Never a shared PostgreSQL: the run owns its embedded database, created fresh in `dataDir`.
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const api = startProcess('api', join(apiDir, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: apiDir,
      env: { ...env, PORT: String(apiPort), INOVDA_DATA_DIR: dataDir, NODE_ENV: 'test' },
    });
    started.push(api);
    await waitForHttp(`${apiUrl}/healthz`, api, 180_000);
    // The browser talks to the API, which serves the built admin as in production: the headers it sees (the
    // CSP above all) are the production ones, not those of a development server in front.
    const baseUrl = apiUrl;
    const shell = await fetch(`${baseUrl}/login`, { headers: { accept: 'text/html' } });
    if (
      !shell.ok ||
      !shell.headers.get('content-security-policy') ||
      !(await shell.text()).includes('id="root"')
    ) {
      throw new Error(`the API does not serve the built admin with its CSP (HTTP ${shell.status})`);
    }
    project.provide('baseUrl', baseUrl);
    project.provide('apiUrl', apiUrl);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
