// Real API processes for end-to-end checks of the build and of several replicas: spawn `node dist/main.js`, wait
// for its `ready` log line (no fixed sleeps), talk HTTP, stop it with SIGTERM.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const API_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the API into a private folder under dist/ (so node_modules resolve as for dist/) and returns it. */
export function buildDist(): { dir: string; remove(): void } {
  const dir = join(API_ROOT, 'dist', `.test-${randomBytes(4).toString('hex')}`);
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', dir], {
    cwd: API_ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface ApiProcess {
  port: number;
  url: string;
  child: ChildProcess;
  lines: Record<string, unknown>[];
  /** Resolves with the first log line matching, or rejects when the process exits first. */
  waitFor(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

export async function startApi(entry: string, env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_FORMAT: 'json',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (text) => {
    try {
      lines.push(JSON.parse(text) as Record<string, unknown>);
    } catch {
      lines.push({ text });
    }
    for (const wake of waiters) wake();
  });
  // 'close', not 'exit': 'exit' can come before the last lines of stdout and stderr are read, and a process that
  // dies at start would then be reported with an empty log.
  const exited = new Promise<number | null>((resolveExit) =>
    child.once('close', (code) => resolveExit(code)),
  );
  const api: ApiProcess = {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    lines,
    waitFor: (match, timeoutMs = 180_000) =>
      new Promise((resolveLine, reject) => {
        const check = () => {
          const found = lines.find(match);
          if (!found) return;
          cleanup();
          resolveLine(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out; log:\n${lines.map((l) => JSON.stringify(l)).join('\n')}\n${stderr}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        void exited.then((code) => {
          if (!waiters.has(check)) return;
          cleanup();
          reject(
            new Error(
              `exited with ${code}; log:\n${lines.map((l) => JSON.stringify(l)).join('\n')}\n${stderr}`,
            ),
          );
        });
        check();
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return api;
}

/** Runs `node <entry> ...args` to its end (inovda-admin). */
export function runNode(entry: string, args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, [entry, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    input,
    encoding: 'utf8',
    timeout: 300_000,
  });
}
