// A real SMTP server for the e-mail tests (smtp-server, the library nodemailer's authors test against) on a random
// local port. It requires the login from the URL, parses every accepted message with mailparser, and can be told to
// answer the next messages with a temporary failure (451), as a mail server that is briefly down does.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const SMTP_USER = 'inovda';
const SMTP_PASSWORD = 'rahasia-uji';

export interface SmtpSink {
  /** smtp://user:password@127.0.0.1:port */
  url: string;
  messages: ParsedMail[];
  /** Messages refused so far. */
  refused: number;
  /** Refuse the next `count` messages with 451 (temporary failure). */
  failNext(count: number): void;
  /** Resolves once `count` messages have been accepted (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let failures = 0;
  const messages: ParsedMail[] = [];
  const sink = { refused: 0 };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid login'), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1;
          sink.refused += 1;
          callback(Object.assign(new Error('Mailbox sementara tidak tersedia'), { responseCode: 451 }));
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            messages.push(parsed);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    messages,
    get refused() {
      return sink.refused;
    },
    failNext(count) {
      failures = count;
    },
    async waitFor(count, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > until)
          throw new Error(`waited ${timeoutMs} ms for ${count} e-mails, got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
