import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The bundled bin, built by the vitest global setup (scripts/ensure-built.mjs). */
export const BIN = fileURLToPath(new URL('../../dist/inovda.mjs', import.meta.url));

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

/** Runs the real bundled CLI (`node dist/inovda.mjs`) as an installed `inovda` command would, from `cwd`. */
export function runInovda(
  args: readonly string[],
  options: { cwd: string; input?: string },
): Promise<CliRun> {
  return runProcess(process.execPath, [BIN, ...args], options);
}
