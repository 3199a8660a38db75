// The load generator's own process (forked by remote-load.ts), so the clients never share the server's event
// loop. Requests go over keep-alive sockets: Node's fetch keeps connections alive by default, and the server's
// keepAliveTimeout is raised so they survive the pauses between runs.
import { runLoad, type LoadResult } from './load.ts';

export interface LoadJob {
  base: string;
  /** Request targets, used round-robin: a path with its query string and the session cookie. */
  targets: { path: string; cookie: string }[];
  clients: number;
  requests: number;
  maxMs: number;
}

export type LoadReply = { ok: true; result: LoadResult } | { ok: false; message: string };

async function send(job: LoadJob, i: number): Promise<void> {
  const target = job.targets[i % job.targets.length];
  if (!target) throw new Error('no targets');
  const res = await fetch(`${job.base}${target.path}`, { headers: { cookie: target.cookie } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
}

process.on('message', (job: LoadJob) => {
  runLoad(job, (i) => send(job, i)).then(
    (result) => process.send?.({ ok: true, result } satisfies LoadReply),
    (error: unknown) => process.send?.({ ok: false, message: String(error) } satisfies LoadReply),
  );
});
process.on('disconnect', () => process.exit(0));
