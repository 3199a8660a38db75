// The load generator's own process (forked by remote-load.ts), so the clients never share the server's event
// loop. autocannon drives `clients` keep-alive connections in a closed loop (each sends its next request when
// the previous one answered) until `requests` have been answered or `maxMs` has passed; every response's
// latency is kept, so the percentiles are exact (autocannon's own histogram has no p95).
import autocannon from 'autocannon';
import { summarize, type LoadResult } from './load.ts';

export interface LoadJob {
  base: string;
  /** Request targets, used round-robin: a path with its query string and the session cookie. */
  targets: { path: string; cookie: string }[];
  clients: number;
  /** Requests to answer; 0: as many as `maxMs` allows (whole seconds). */
  requests: number;
  maxMs: number;
}

export type LoadReply = { ok: true; result: LoadResult } | { ok: false; message: string };

function run(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    let firstError: string | null = null;
    const started = performance.now();
    const instance = autocannon(
      {
        url: job.base,
        connections: job.clients,
        // autocannon ignores `duration` when `amount` is set: a run is bounded by one or the other.
        ...(job.requests > 0
          ? { amount: job.requests, maxOverallRequests: job.requests }
          : { duration: Math.ceil(job.maxMs / 1000) }),
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const target = job.targets[next++ % job.targets.length];
              if (!target) throw new Error('no targets');
              return {
                ...request,
                path: target.path,
                headers: { ...request.headers, cookie: target.cookie },
              };
            },
          },
        ],
      },
      (error) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const result = summarize(latencies, errors, performance.now() - started);
        if (firstError) console.error(`  first error: ${firstError}`);
        resolve(result);
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else {
        errors += 1;
        firstError ??= `HTTP ${statusCode}`;
      }
    });
    instance.on('reqError', (error) => {
      errors += 1;
      firstError ??= String(error);
    });
  });
}

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ ok: true, result } satisfies LoadReply),
    (error: unknown) => process.send?.({ ok: false, message: String(error) } satisfies LoadReply),
  );
});
process.on('disconnect', () => process.exit(0));
