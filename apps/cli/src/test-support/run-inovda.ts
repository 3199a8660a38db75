import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const mainTs = fileURLToPath(new URL('../main.ts', import.meta.url));

/** What one CLI run produced. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns a command and collects its output; `input` is written to stdin (which is then closed). */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Runs the real CLI (`tsx src/main.ts`) as `pnpm inovda` would, from `cwd`: INIT_CWD is set to `cwd`, as pnpm
 * does for the directory the user ran it from.
 */
export function runInovda(
  args: readonly string[],
  options: { cwd: string; input?: string },
): Promise<CliRun> {
  return runProcess(process.execPath, [tsxCli, mainTs, ...args], {
    ...options,
    env: { ...process.env, INIT_CWD: options.cwd },
  });
}
