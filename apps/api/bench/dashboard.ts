// pnpm bench:api — dashboard.summary under 50 concurrent clients against a real listening server on
// loopback, next to the same aggregate as raw SQL on the same database in the same run.
//   region:   1 region, 60 units, 1,000 innovations          (target: p95 <= 25 ms)
//   national: 546 regions, 36,742 innovations; each request  (target: within 3x of raw SQL)
//             asks for another region's dashboard, rotating over all 546.
// PostgreSQL when BENCH_DATABASE_URL or DATABASE_URL is set (a fresh database is created and dropped),
// else PGlite in memory. Request counts and durations are bounded.
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { seedSynthetic } from '@inovda/db/seed';
import { getEdition, scoreSubmission } from '@inovda/domain';
import { DEFAULT_AUTH_CONFIG } from '../src/auth/config.ts';
import { createToken, hashToken, SESSION_COOKIE } from '../src/auth/session.ts';
import { createServer } from '../src/server.ts';
import { dashboardSql } from '../src/services/dashboard/dashboard-queries.ts';
import { openBenchDb, type BenchDb } from './bench-db.ts';
import { fmt, runLoad, type LoadResult } from './load.ts';

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

async function callSummary(base: string, target: Target): Promise<void> {
  const input = encodeURIComponent(JSON.stringify({ json: { periodId: target.periodId } }));
  const res = await fetch(`${base}/trpc/dashboard.summary?input=${input}`, {
    headers: { cookie: target.cookie },
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
}

/** The floor of the stack: a signed-in procedure that reads only the session (auth.me). */
async function callMe(base: string, target: Target): Promise<void> {
  const res = await fetch(`${base}/trpc/auth.me`, { headers: { cookie: target.cookie } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
}

async function rawSummary(bench: BenchDb, target: Target): Promise<void> {
  const statement = dashboardSql(target.periodId);
  await bench.raw.query(statement.text, statement.values);
}

function line(name: string, r: LoadResult): string {
  return `  ${name.padEnd(26)} n=${String(r.count).padStart(5)} err=${r.errors} p50 ${fmt(r.p50).padStart(10)}  p95 ${fmt(r.p95).padStart(10)}  p99 ${fmt(r.p99).padStart(10)}  ${r.perSecond.toFixed(0).padStart(6)} req/s`;
}

async function scenario(name: string, base: string, bench: BenchDb, targets: Target[]) {
  const pick = (i: number) => targets[i % targets.length] as Target;
  // Warm-up (JIT, plan caches, connection pools), not measured.
  await runLoad({ clients: 10, requests: 200, maxMs: MAX_MS }, (i) => callSummary(base, pick(i)));
  await runLoad({ clients: 10, requests: 200, maxMs: MAX_MS }, (i) => rawSummary(bench, pick(i)));
  const api = await runLoad({ clients: CLIENTS, requests: REQUESTS, maxMs: MAX_MS }, (i) =>
    callSummary(base, pick(i)),
  );
  const raw = await runLoad({ clients: CLIENTS, requests: REQUESTS, maxMs: MAX_MS }, (i) =>
    rawSummary(bench, pick(i)),
  );
  console.log(`\n${name}`);
  console.log(line('dashboard.summary (HTTP)', api));
  console.log(line('raw SQL (same statement)', raw));
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

    const app = createServer({ prisma, auth: DEFAULT_AUTH_CONFIG });
    const server = app.listen(0, '127.0.0.1');
    // Clients reuse keep-alive sockets across the pauses between runs; Node's 5 s default would close them
    // under the client's feet (ECONNRESET), which is a benchmark artefact, not a server error.
    server.keepAliveTimeout = 120_000;
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await runLoad({ clients: 10, requests: 200, maxMs: MAX_MS }, (i) =>
        callMe(base, regionTargets[i % regionTargets.length] as Target),
      );
      const floor = await runLoad({ clients: CLIENTS, requests: REQUESTS, maxMs: MAX_MS }, (i) =>
        callMe(base, regionTargets[i % regionTargets.length] as Target),
      );
      console.log('\nFloor of the HTTP + tRPC + session stack');
      console.log(line('auth.me (HTTP)', floor));
      const r = await scenario('Region: 1,000 innovations in 60 units', base, bench, regionTargets);
      const n = await scenario(
        `National: ${NATIONAL_INNOVATIONS.toLocaleString('en')} innovations over ${NATIONAL_REGIONS} regions (rotating)`,
        base,
        bench,
        nationalTargets,
      );
      console.log(
        `\nmachine load average (1/5/15 min): ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')}`,
      );
      console.log('\nTargets');
      console.log(
        `  region p95 <= 25 ms:            ${fmt(r.api.p95)} -> ${r.api.p95 <= 25 ? 'MET' : 'NOT MET'}`,
      );
      const ratio = n.api.p95 / n.raw.p95;
      console.log(
        `  national p95 within 3x raw SQL: ${ratio.toFixed(2)}x -> ${ratio <= 3 ? 'MET' : 'NOT MET'}`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
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
