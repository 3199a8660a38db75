// pnpm bench:api — dashboard.summary under 50 concurrent clients against a real listening server on
// loopback, next to the same aggregate as raw SQL on the same database in the same run.
//   region:   1 region, 60 units, 1,000 innovations          (target: p95 <= 25 ms)
//   national: 546 regions, 36,742 innovations; each request  (target: within 3x of raw SQL)
//             asks for another region's dashboard, rotating over all 546.
// The HTTP clients run in a forked process (bench/load-client.ts, autocannon) with keep-alive sockets, so they
// do not share the server's event loop; the raw-SQL baseline runs on a raw pg pool in this process, same
// concurrency. Two floors are measured in the same run with the same client, so a figure can be read against
// what this machine does at all: an empty Express handler, and an empty tRPC procedure (same adapter,
// transformer and security headers as the app, no session, no database).
// PostgreSQL when BENCH_DATABASE_URL or DATABASE_URL is set (a fresh database is created and dropped),
// else PGlite in memory. Request counts and durations are bounded.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { initTRPC } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express from 'express';
import helmet from 'helmet';
import { loadavg } from 'node:os';
import { seedSynthetic } from '@inovda/db/seed';
import { getEdition, scoreSubmission } from '@inovda/domain';
import { DEFAULT_AUTH_CONFIG } from '../src/auth/config.ts';
import { createToken, hashToken, SESSION_COOKIE } from '../src/auth/session.ts';
import { createServer } from '../src/server.ts';
import { transformer } from '../src/transformer.ts';
import { dashboardSql } from '../src/services/dashboard/dashboard-queries.ts';
import { openBenchDb, type BenchDb } from './bench-db.ts';
import { fmt, runLoad, type LoadResult } from './load.ts';
import { startRemoteLoad, type RemoteLoad } from './remote-load.ts';

const CLIENTS = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const MAX_MS = 60_000;
const NATIONAL_REGIONS = 546;
const NATIONAL_INNOVATIONS = 36_742;

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

/** The floors: an empty Express handler and an empty tRPC procedure, on the app's adapter and transformer. */
function createFloorServer() {
  const t = initTRPC.create({ transformer });
  const router = t.router({ ping: t.procedure.query(() => ({ ok: true })) });
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.get('/empty', (_req, res) => {
    res.json({ ok: true });
  });
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

const bounded = { clients: CLIENTS, requests: REQUESTS, maxMs: MAX_MS };
const warmUp = { clients: 10, requests: 200, maxMs: MAX_MS };

/** The API over HTTP from the load process, then the raw statement on the raw pool, same concurrency. */
async function scenario(name: string, load: RemoteLoad, base: string, bench: BenchDb, targets: Target[]) {
  const pick = (i: number) => targets[i % targets.length] as Target;
  const http = targets.map((t) => ({ path: summaryPath(t), cookie: t.cookie }));
  // Warm-up (JIT, plan caches, connection pools, the summary cache), not measured: every target once at least.
  const warm = { ...warmUp, requests: Math.max(warmUp.requests, targets.length) };
  await load.run({ base, targets: http, ...warm });
  await runLoad(warm, (i) => rawSummary(bench, pick(i)));
  const api = await load.run({ base, targets: http, ...bounded });
  const apiLoad = loadText();
  const raw = await runLoad(bounded, (i) => rawSummary(bench, pick(i)));
  console.log(`\n${name}`);
  console.log(`${line('dashboard.summary (HTTP)', api)}  [load ${apiLoad}]`);
  console.log(`${line('raw SQL (same statement)', raw)}  [load ${loadText()}]`);
  console.log(
    `  ratio API/raw: p50 ${(api.p50 / raw.p50).toFixed(2)}x, p95 ${(api.p95 / raw.p95).toFixed(2)}x`,
  );
  return { api, raw };
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
  const bench = await openBenchDb(serverUrl);
  const { prisma } = bench.db;
  console.log(
    `inovda bench:api — database: ${bench.label}; ${CLIENTS} concurrent clients, up to ${REQUESTS} requests per run`,
  );
  try {
    const t0 = performance.now();
    const region = await seedSynthetic(prisma, {
      regions: 1,
      unitsPerRegion: 60,
      innovationsPerRegion: 1000,
      tag: 'benchreg',
      score,
    });
    const national = await seedSynthetic(prisma, {
      regions: NATIONAL_REGIONS,
      unitsPerRegion: 60,
      totalInnovations: NATIONAL_INNOVATIONS,
      tag: 'benchnat',
      score,
    });
    console.log(
      `seeded ${region.innovations} + ${national.innovations} innovations in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const regionTargets = await signInAdmins(bench, region.regionIds, region.periodIds, 'benchreg');
    const nationalTargets = await signInAdmins(bench, national.regionIds, national.periodIds, 'benchnat');

    const { server, base } = await listen(createServer({ prisma, auth: DEFAULT_AUTH_CONFIG }));
    const floorHost = await listen(createFloorServer());
    const load = startRemoteLoad();
    try {
      const measure = async (path: string, cookie = '') => {
        const targets = [{ path, cookie }];
        await load.run({ base: floorHost.base, targets, ...warmUp });
        return load.run({ base: floorHost.base, targets, ...bounded });
      };
      const emptyExpress = await measure('/empty');
      const emptyTrpc = await measure('/trpc/ping');
      const me = regionTargets.map((t) => ({ path: '/trpc/auth.me', cookie: t.cookie }));
      await load.run({ base, targets: me, ...warmUp });
      const authMe = await load.run({ base, targets: me, ...bounded });
      console.log('\nFloors of this machine (same client, same run)');
      console.log(`${line('empty Express handler', emptyExpress)}  [load ${loadText()}]`);
      console.log(`${line('empty tRPC procedure', emptyTrpc)}  [load ${loadText()}]`);
      console.log(`${line('auth.me (session + user)', authMe)}  [load ${loadText()}]`);
      const r = await scenario('Region: 1,000 innovations in 60 units', load, base, bench, regionTargets);
      const n = await scenario(
        `National: ${NATIONAL_INNOVATIONS.toLocaleString('en')} innovations over ${NATIONAL_REGIONS} regions (rotating)`,
        load,
        base,
        bench,
        nationalTargets,
      );
      const ratio = n.api.p95 / n.raw.p95;
      console.log(`\nTargets (machine load average 1/5/15 min: ${loadText()})`);
      console.log(
        `  region p95 <= 25 ms:            ${fmt(r.api.p95)} -> ${r.api.p95 <= 25 ? 'PASS' : 'FAIL'}` +
          `  (${(r.api.p95 / emptyTrpc.p95).toFixed(2)}x the empty tRPC procedure's p95 of ${fmt(emptyTrpc.p95)},` +
          ` ${(r.api.p95 / emptyExpress.p95).toFixed(2)}x the empty Express handler's ${fmt(emptyExpress.p95)})`,
      );
      console.log(
        `  national p95 within 3x raw SQL: ${ratio.toFixed(2)}x -> ${ratio <= 3 ? 'PASS' : 'FAIL'}`,
      );
      const errors = [emptyExpress, emptyTrpc, authMe, r.api, r.raw, n.api, n.raw].reduce(
        (sum, x) => sum + x.errors,
        0,
      );
      if (errors > 0) console.log(`  ${errors} failed requests: the figures above are not valid -> FAIL`);
    } finally {
      load.close();
      for (const s of [server, floorHost.server]) {
        s.closeAllConnections();
        await new Promise((resolve) => s.close(resolve));
      }
    }
  } finally {
    await bench.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
