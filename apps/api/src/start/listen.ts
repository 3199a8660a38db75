// Binds the port before the database is opened: a second start on the same port stops right away, before it
// could touch the data directory another instance is using.
import { createServer, type RequestListener, type Server } from 'node:http';
import { StartupError } from './data-dir.ts';

export interface PortBinding {
  server: Server;
  /** Starts serving `handler`; until then every request gets 503 "starting". */
  serve(handler: RequestListener): void;
}

function describePortError(port: number, error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE') {
    return [
      `Port ${port} sudah dipakai oleh program lain. Hentikan program itu, atau jalankan di port lain: PORT=${port + 1} pnpm start`,
      `Port ${port} is already in use by another program. Stop it, or run on another port: PORT=${port + 1} pnpm start`,
    ].join('\n');
  }
  if (error.code === 'EACCES') {
    return [
      `Tidak diizinkan memakai port ${port}. Pilih port di atas 1024, misalnya PORT=3000.`,
      `Not allowed to use port ${port}. Choose a port above 1024, e.g. PORT=3000.`,
    ].join('\n');
  }
  return `Port ${port} tidak dapat dibuka / cannot be opened: ${error.message}`;
}

export async function bindPort(port: number, host?: string): Promise<PortBinding> {
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '5' });
    res.end(JSON.stringify({ ok: false, starting: true }));
  };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new StartupError(describePortError(port, error), { cause: error })),
    );
    server.listen({ port, host }, () => resolve());
  });
  return {
    server,
    serve: (next) => {
      handler = next;
    },
  };
}
