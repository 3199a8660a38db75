// pnpm bench:api — the region `dashboard.summary` (1 region, 60 units, 1,000 innovations) against the empty tRPC
// procedure, over real HTTP with a real session cookie, on PostgreSQL and on PGlite in the same run.
//   target: region dashboard.summary p95 <= 1.5x the empty tRPC procedure's p95, on each database.
// The floor is measured in the same run with the same client so the figure can be read against what this machine
// does at all: an empty tRPC procedure on the app's adapter, transformer and security headers (no session, no
// database). The floor and the summary run in alternating rounds (ROUNDS of each, each run SECONDS long), so a
// change of load or a stall of this shared machine touches both alike; the p95 of each is the median of its
// rounds' p95s. `auth.me` is measured once per
// database, for reference. The HTTP clients run in a forked process (bench/load-client.ts, autocannon) with
// keep-alive sockets, so they do not share the server's event loop.
// PostgreSQL: BENCH_DATABASE_URL, else DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres (a fresh
// database is created and dropped); PGlite in memory. BENCH_BACKENDS=pglite or =postgres runs one of them only.
// BENCH_NATIONAL=1 adds the national set (546 regions, 36,742 innovations) with its raw-SQL baseline (slow).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { initTRPC } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express from 'express';
import helmet from 'helmet';
import pino from 'pino';
import { loadavg } from 'node:os';
import { seedSynthetic } from '@inovda/db/seed';
import { getEdition, scoreSubmission } from '@inovda/domain';
import { DEFAULT_AUTH_CONFIG } from '../src/auth/config.ts';
import { createToken, hashToken, SESSION_COOKIE } from '../src/auth/session.ts';
import { createServer } from '../src/server.ts';
import { transformer } from '../src/transformer.ts';
import { dashboardSql } from '../src/services/dashboard/dashboard-queries.ts';
import { createJsonLogger } from '../src/log/logger.ts';
import { openBenchDb, type BenchDb } from './bench-db.ts';
import { fmt, runLoad, type LoadResult } from './load.ts';
import { startRemoteLoad, type RemoteLoad } from './remote-load.ts';

const CLIENTS = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
/** Seconds per measured run: floor and summary runs last equally long, so a stall of the machine is as likely in either. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const MAX_MS = 30_000;
const TARGET_RATIO = 1.5;
const NATIONAL_REGIONS = 546;
const NATIONAL_INNOVATIONS = 36_742;
const DEFAULT_PG_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

interface Target {
  regionId: string;
  periodId: string;
  cookie: string;
}

function score(answers: Parameters<typeof scoreSubmission>[1], editionCode: string) {
  const pack = getEdition(editionCode);
  if (!pack) throw new Error(`unknown edition ${editionCode}`);
  const s = scoreSubmission(pack, answers);
  return { claimedX100: s.claimedX100, verifiedX100: s.verifiedX100 };
}

/** One ADMIN with a live session per region, written in bulk. */
async function signInAdmins(
  bench: BenchDb,
  regionIds: string[],
  periodIds: string[],
  tag: string,
): Promise<Target[]> {
  const { prisma } = bench.db;
  const tokens = regionIds.map(() => createToken());
  await prisma.user.createMany({
    data: regionIds.map((regionId, i) => ({
      id: `${tag}-admin-${i}`,
      regionId,
      email: `admin-${i}@${tag}.bench`,
      name: 'Bench',
      passwordHash: '-',
      role: 'ADMIN' as const,
    })),
  });
  const expiresAt = new Date(Date.now() + 86_400_000);
  await prisma.session.createMany({
    data: tokens.map((token, i) => ({ id: hashToken(token), userId: `${tag}-admin-${i}`, expiresAt })),
  });
  return regionIds.map((regionId, i) => ({
    regionId,
    periodId: periodIds[i] ?? '',
    cookie: `${SESSION_COOKIE}=${tokens[i]}`,
  }));
}

/** The floor: an empty tRPC procedure on the app's adapter, transformer and security headers. */
function createFloorServer() {
  const t = initTRPC.create({ transformer });
  const router = t.router({ ping: t.procedure.query(() => ({ ok: true })) });
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.use('/trpc', createExpressMiddleware({ router }));
  return app;
}

async function listen(app: express.Express): Promise<{ server: Server; base: string }> {
  const server = app.listen(0, '127.0.0.1');
  // Clients keep their sockets across the pauses between runs; Node's 5 s default would close them.
  server.keepAliveTimeout = 120_000;
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: Server) {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

function summaryPath(target: Target): string {
  return `/trpc/dashboard.summary?input=${encodeURIComponent(JSON.stringify({ json: { periodId: target.periodId } }))}`;
}

async function rawSummary(bench: BenchDb, target: Target): Promise<void> {
  const statement = dashboardSql(target.periodId);
  await bench.raw.query(statement.text, statement.values);
}

const loadText = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

function line(name: string, r: LoadResult): string {
  const cpu = r.serverCpuMs === undefined ? '' : `  server CPU ${r.serverCpuMs.toFixed(2)} ms/req`;
  return `  ${name.padEnd(26)} n=${String(r.count).padStart(5)} err=${r.errors} p50 ${fmt(r.p50).padStart(10)}  p95 ${fmt(r.p95).padStart(10)}  p99 ${fmt(r.p99).padStart(10)}  ${r.perSecond.toFixed(0).padStart(6)} req/s${cpu}`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const bounded = { clients: CLIENTS, requests: REQUESTS, maxMs: MAX_MS };
const timed = { clients: CLIENTS, requests: 0, maxMs: SECONDS * 1000 };
const warmUp = { clients: CLIENTS, requests: 300, maxMs: MAX_MS };

interface Outcome {
  label: string;
  floorP95: number;
  summaryP95: number;
  ratio: number;
  roundRatios: number[];
  /** Server CPU per request, summary over floor (medians of the rounds): far steadier than latency here. */
  cpuRatio: number;
  errors: number;
}

/** The national set: each request another region's dashboard, then the same statement on a raw pool. */
async function national(load: RemoteLoad, base: string, bench: BenchDb): Promise<number> {
  const seeded = await seedSynthetic(bench.db.prisma, {
    regions: NATIONAL_REGIONS,
    unitsPerRegion: 60,
    totalInnovations: NATIONAL_INNOVATIONS,
    tag: 'benchnat',
    score,
  });
  const targets = await signInAdmins(bench, seeded.regionIds, seeded.periodIds, 'benchnat');
  const pick = (i: number) => targets[i % targets.length] as Target;
  const http = targets.map((t) => ({ path: summaryPath(t), cookie: t.cookie }));
  const warm = { ...warmUp, requests: Math.max(warmUp.requests, targets.length) };
  await load.run({ base, targets: http, ...warm });
  await runLoad(warm, (i) => rawSummary(bench, pick(i)));
  const api = await load.run({ base, targets: http, ...bounded });
  const raw = await runLoad(bounded, (i) => rawSummary(bench, pick(i)));
  console.log(
    `  National: ${NATIONAL_INNOVATIONS.toLocaleString('en')} innovations, ${NATIONAL_REGIONS} regions`,
  );
  console.log(`${line('dashboard.summary (HTTP)', api)}  [load ${loadText()}]`);
  console.log(`${line('raw SQL (same statement)', raw)}  [load ${loadText()}]`);
  console.log(`  ratio API/raw: p95 ${(api.p95 / raw.p95).toFixed(2)}x`);
  return api.errors + raw.errors;
}

async function benchOne(label: string, serverUrl: string | undefined, load: RemoteLoad): Promise<Outcome> {
  const bench = await openBenchDb(serverUrl);
  console.log(`\n${label}: ${bench.label}`);
  try {
    const t0 = performance.now();
    const region = await seedSynthetic(bench.db.prisma, {
      regions: 1,
      unitsPerRegion: 60,
      innovationsPerRegion: 1000,
      tag: 'benchreg',
      score,
    });
    console.log(
      `  seeded ${region.innovations} innovations in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const [target] = await signInAdmins(bench, region.regionIds, region.periodIds, 'benchreg');
    if (!target) throw new Error('no region seeded');
    // The access log is written as in production (a JSON line per request), to /dev/null instead of a terminal.
    const logger = createJsonLogger({ destination: pino.destination({ dest: '/dev/null', sync: true }) });
    const app = await listen(createServer({ prisma: bench.db.prisma, auth: DEFAULT_AUTH_CONFIG, logger }));
    const floorHost = await listen(createFloorServer());
    try {
      const floor = { base: floorHost.base, targets: [{ path: '/trpc/ping', cookie: '' }] };
      const summary = { base: app.base, targets: [{ path: summaryPath(target), cookie: target.cookie }] };
      const me = { base: app.base, targets: [{ path: '/trpc/auth.me', cookie: target.cookie }] };
      // Warm-up (JIT, plan caches, connection pools, any cache), not measured.
      for (const job of [floor, me, summary]) await load.run({ ...job, ...warmUp });
      const floors: LoadResult[] = [];
      const summaries: LoadResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        floors.push(await load.run({ ...floor, ...timed }));
        summaries.push(await load.run({ ...summary, ...timed }));
        console.log(`  round ${round + 1}  [load ${loadText()}]`);
        console.log(line('empty tRPC procedure', floors.at(-1) as LoadResult));
        console.log(line('dashboard.summary', summaries.at(-1) as LoadResult));
      }
      const authMe = await load.run({ ...me, ...timed });
      console.log(`${line('auth.me (reference)', authMe)}  [load ${loadText()}]`);
      let errors = [...floors, ...summaries, authMe].reduce((sum, x) => sum + x.errors, 0);
      if (process.env.BENCH_NATIONAL === '1') errors += await national(load, app.base, bench);
      const floorP95 = median(floors.map((r) => r.p95));
      const summaryP95 = median(summaries.map((r) => r.p95));
      return {
        label,
        floorP95,
        summaryP95,
        ratio: summaryP95 / floorP95,
        roundRatios: summaries.map((r, i) => r.p95 / (floors[i] as LoadResult).p95),
        cpuRatio:
          median(summaries.map((r) => r.serverCpuMs ?? 0)) / median(floors.map((r) => r.serverCpuMs ?? 0)),
        errors,
      };
    } finally {
      await close(app.server);
      await close(floorHost.server);
    }
  } finally {
    await bench.close();
  }
}

async function main() {
  const pgUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_PG_URL;
  const only = process.env.BENCH_BACKENDS;
  const backends: [string, string | undefined][] = [
    ['PostgreSQL', pgUrl],
    ['PGlite', undefined],
  ];
  console.log(
    `inovda bench:api — ${CLIENTS} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s per run, after a warm-up`,
  );
  const load = startRemoteLoad();
  const outcomes: Outcome[] = [];
  try {
    for (const [label, url] of backends) {
      if (only && !label.toLowerCase().startsWith(only.toLowerCase())) continue;
      outcomes.push(await benchOne(label, url, load));
    }
  } finally {
    load.close();
  }
  console.log(
    `\nRegion dashboard.summary p95 / empty tRPC procedure p95, same run (target <= ${TARGET_RATIO}x; load ${loadText()})`,
  );
  for (const o of outcomes) {
    const verdict =
      o.errors > 0 ? `FAIL (${o.errors} failed requests)` : o.ratio <= TARGET_RATIO ? 'PASS' : 'FAIL';
    console.log(
      `  ${o.label.padEnd(11)} ${o.ratio.toFixed(2)}x  (summary p95 ${fmt(o.summaryP95)}, baseline empty tRPC p95 ${fmt(o.floorP95)}; rounds ${o.roundRatios.map((r) => r.toFixed(2)).join(' / ')}) -> ${verdict}; server CPU per request ${o.cpuRatio.toFixed(2)}x`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
