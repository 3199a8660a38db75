#!/usr/bin/env node
// Installed `inovda` command: loads the TypeScript sources through tsx and resolves FILE against the current
// directory (unlike src/main.ts, which serves `pnpm inovda` and uses INIT_CWD).
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const { runCli } = await tsImport('../src/run-cli.ts', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  version,
});
