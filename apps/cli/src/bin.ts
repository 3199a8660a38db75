#!/usr/bin/env node
// The `inovda` command: bundled by tsdown into dist/inovda.mjs (see tsdown.config.ts), which `bin` points to.
// Relative FILE paths resolve against the current directory.
import { runCli } from './run-cli.ts';

declare const __INOVDA_VERSION__: string;

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  version: __INOVDA_VERSION__,
});
