// Median-of-repetitions timing, with warm-up, for two code paths measured alternately in the same process.

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Runs each task `warmup` times untimed, then `repetitions` times alternately (so drift on a shared machine
 * hits both alike) and returns every task's run times in milliseconds.
 */
export function timeAlternately(
  tasks: Record<string, () => unknown>,
  { warmup, repetitions }: { warmup: number; repetitions: number },
): Record<string, number[]> {
  const names = Object.keys(tasks);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  let sink = 0;
  for (let w = 0; w < warmup; w++) for (const name of names) sink += Number(Boolean(tasks[name]?.()));
  for (let r = 0; r < repetitions; r++) {
    for (const name of names) {
      const start = performance.now();
      sink += Number(Boolean(tasks[name]?.()));
      times[name]?.push(performance.now() - start);
    }
  }
  // Keeps the results observable so the engine cannot drop the work.
  if (sink < 0) throw new Error('unreachable');
  return times;
}
