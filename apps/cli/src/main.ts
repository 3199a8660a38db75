// Entry of `pnpm --silent inovda ...` from the repo root. pnpm runs it inside apps/cli, so relative FILE paths
// are resolved against INIT_CWD, the directory the user ran pnpm from.
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  version,
});
