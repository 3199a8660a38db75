// What the CLI's entry (run-cli.ts) and its commands (run-command.ts) share: where it reads and writes, and the
// exit status of invalid input.
import type { Readable } from 'node:stream';

/** Where the CLI reads and writes; injected so tests and the bin entry can differ from `process`. */
export interface CliIo {
  /** The directory relative FILE paths are resolved against: where the user ran the command. */
  cwd: string;
  stdin: Readable;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  version: string;
}

/** Exit status for invalid input or arguments (nothing is written to stdout then). */
export const EXIT_INVALID = 2;
