// The terminal of inovda-admin: what it prints (stdout for results, stderr for problems) and how it asks
// (a visible prompt, or a hidden one for passwords: nothing is echoed). Injected, so tests drive the commands.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface AdminIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks a question; resolves the trimmed answer. */
  ask(question: string): Promise<string>;
  /** Asks for a secret without echoing it. */
  askHidden(question: string): Promise<string>;
  /** Reads standard input to its end (for --password-stdin). */
  readStdin(): Promise<string>;
  /** A person is at the terminal: prompts are possible and a generated password may be shown. */
  interactive: boolean;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function question(input: Readable, output: Writable, text: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input, output, terminal: true });
  if (hidden) {
    // Echo nothing typed after the question itself (readline writes every keystroke through this).
    const internal = rl as unknown as { _writeToOutput(chunk: string): void };
    internal._writeToOutput = (chunk: string) => {
      if (chunk.includes(text)) output.write(text);
      else if (chunk.includes('\n') || chunk.includes('\r')) output.write('\n');
    };
  }
  return new Promise((resolve) =>
    rl.question(text, (answer) => {
      rl.close();
      resolve(answer.trim());
    }),
  );
}

export function processIo(): AdminIo {
  const { stdin, stdout, stderr } = process;
  return {
    out: (text) => void stdout.write(`${text}\n`),
    err: (text) => void stderr.write(`${text}\n`),
    ask: (text) => question(stdin, stdout, text, false),
    askHidden: (text) => question(stdin, stdout, text, true),
    readStdin: () => readAll(stdin),
    interactive: Boolean(stdin.isTTY && stdout.isTTY),
  };
}

/** An error the operator can act on: printed as its message alone, exit code 1 (or `exitCode`). */
export class AdminError extends Error {
  override name = 'AdminError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Indonesian first, English second, one line each. */
export function both(id: string, en: string): string {
  return `${id}\n${en}`;
}
