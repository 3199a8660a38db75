// A bounded closed-loop load generator: `clients` concurrent workers each send their next request when the
// previous one answered, until `requests` have been sent or `maxMs` has passed. Latencies in milliseconds.
export interface LoadResult {
  count: number;
  errors: number;
  elapsedMs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
  /** CPU time of the server process per answered request, in ms (HTTP runs only): robust to a noisy machine. */
  serverCpuMs?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export async function runLoad(
  options: { clients: number; requests: number; maxMs: number },
  send: (i: number) => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  const worker = async () => {
    while (next < options.requests && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        await send(i);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors += 1;
        if (errors === 1) console.error('  first error:', error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, worker));
  return summarize(latencies, errors, performance.now() - started);
}

/** Percentiles (nearest rank) and rate of a run's latencies in milliseconds. */
export function summarize(latencies: number[], errors: number, elapsedMs: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    elapsedMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    perSecond: (sorted.length / elapsedMs) * 1000,
  };
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
