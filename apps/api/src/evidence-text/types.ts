// What uploads and the start-up see of the evidence-text job: a way to queue reading inside their own
// transaction. Null when the job runner is off (JOBS_ENABLED=0): files then stay WAITING, said as such.
import type { Prisma } from '@inovda/db';

export interface EvidenceTextQueue {
  /** Queues reading of these contents in `tx` (one job per sha256, never two waiting for the same). */
  enqueue(tx: Prisma.TransactionClient, sha256s: readonly string[]): Promise<void>;
}
