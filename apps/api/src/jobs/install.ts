// pg-boss's schema and queues, installed by the database owner when the app runs as a restricted role
// (MIGRATE_ON_START=0): creating a queue creates a table and attaches it to pg-boss's partitioned job table,
// which only the owner of that table may do. `inovda-admin migrate` installs them; the server then only checks.
import type { Db } from '@inovda/db';
import PgBoss from 'pg-boss';
import { pgliteBossDb } from './boss-db.ts';
import { JOB_SCHEMA, QUEUES } from './job-runner.ts';

/** Every queue the job runner may work, with the policy it is created with (a policy cannot change later). */
const QUEUE_DEFINITIONS: PgBoss.Queue[] = [
  { name: QUEUES.sweep, policy: 'singleton' },
  { name: QUEUES.housekeeping, policy: 'singleton' },
  { name: QUEUES.email },
  { name: QUEUES.evidenceText },
];

function bossFor(target: Db['target'], migrate: boolean): PgBoss {
  const common = {
    schema: JOB_SCHEMA,
    application_name: 'inovda-jobs',
    migrate,
    supervise: false,
    schedule: false,
  };
  return target.kind === 'pglite'
    ? new PgBoss({ ...common, db: pgliteBossDb(target.pglite) })
    : new PgBoss({ ...common, ...(target.config as PgBoss.DatabaseOptions), max: 1 });
}

async function withBoss<T>(target: Db['target'], migrate: boolean, work: (boss: PgBoss) => Promise<T>) {
  const boss = bossFor(target, migrate);
  boss.on('error', () => undefined); // start() rejects with the same error
  await boss.start();
  try {
    return await work(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Installs or upgrades pg-boss's schema and creates the missing queues; returns the queues created. */
export async function installJobQueues(db: Pick<Db, 'target'>): Promise<string[]> {
  return withBoss(db.target, true, async (boss) => {
    const present = new Set((await boss.getQueues()).map((queue) => queue.name));
    const missing = QUEUE_DEFINITIONS.filter((queue) => !present.has(queue.name));
    for (const queue of missing) await boss.createQueue(queue.name, queue);
    return missing.map((queue) => queue.name);
  });
}

/** What `inovda-admin migrate` still has to do for the job queue; empty when nothing. Never changes the schema. */
export async function jobQueuesPending(db: Pick<Db, 'target'>): Promise<string[]> {
  try {
    return await withBoss(db.target, false, async (boss) => {
      const present = new Set((await boss.getQueues()).map((queue) => queue.name));
      return QUEUE_DEFINITIONS.filter((queue) => !present.has(queue.name)).map(
        (queue) => `pg-boss ${queue.name}`,
      );
    });
  } catch (error) {
    // contractor.check(): "pg-boss is not installed" / "pg-boss database requires migrations"
    if (/pg-boss/.test((error as Error).message)) return [`pg-boss: ${(error as Error).message}`];
    throw error;
  }
}
