// Runs load jobs in a forked child process (bench/load-client.ts) and waits for their figures.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadReply } from './load-client.ts';
import type { LoadResult } from './load.ts';

export interface RemoteLoad {
  run(job: LoadJob): Promise<LoadResult>;
  close(): void;
}

export function startRemoteLoad(): RemoteLoad {
  const script = fileURLToPath(new URL('./load-client.ts', import.meta.url));
  const child: ChildProcess = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  let queue = Promise.resolve();
  const runOne = (job: LoadJob) =>
    new Promise<LoadResult>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load client exited with ${code}`));
      child.once('exit', onExit);
      const cpu = process.cpuUsage();
      child.once('message', (reply: LoadReply) => {
        child.off('exit', onExit);
        // This process is the server's: its CPU time over the run, per answered request.
        const used = process.cpuUsage(cpu);
        const serverCpuMs = (used.user + used.system) / 1000 / Math.max(1, reply.ok ? reply.result.count : 1);
        if (reply.ok) resolve({ ...reply.result, serverCpuMs });
        else reject(new Error(reply.message));
      });
      child.send(job);
    });
  return {
    // One job at a time: the figures of a run never mix with another's.
    run(job) {
      const result = queue.then(() => runOne(job));
      queue = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    close() {
      child.disconnect();
    },
  };
}
