// GET /exports/:periodId/portfolio.json on the demo data (the real demo seed on PGlite): for each basis, the
// downloaded file, read as `inovda score` reads it (parseJsonStrict + scorePortfolioDocument, the CLI's one code
// path), gives exactly the IID, predicate, n and divisor that the app shows: the dashboard's claimed and
// verified projections, and the package preview. Plus roles, region scope and a bad basis.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDb, type TestDb } from '@inovda/db/testing';
import { seedDemo } from '@inovda/db/seed';
import { parseJsonStrict, scorePortfolioDocument, type PortfolioReport } from '@inovda/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../src/auth/config.ts';
import { createSession, SESSION_COOKIE } from '../src/auth/session.ts';
import { createExportRouter } from '../src/exports/export-routes.ts';
import { createServer } from '../src/server.ts';
import { scoreForSeed, spdTierForSeed, storeBlobFor } from '../src/start/seed-deps.ts';
import { createStorage } from '../src/storage/index.ts';

interface Projection {
  iidX100: number;
  predicate: string;
  innovationCount: number;
  divisor: number;
  yandasCovered: number;
}

let db: TestDb;
let dataDir: string;
let app: ReturnType<typeof createServer>;
let periodId: string;
const cookies: Record<string, string> = {};

async function trpcQuery<T>(path: string, input: unknown, cookie: string): Promise<T> {
  const res = await request(app)
    .get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`)
    .set('Cookie', cookie)
    .expect(200);
  return (res.body as { result: { data: { json: T } } }).result.data.json;
}

async function download(basis: string, role = 'ADMIN') {
  return request(app)
    .get(`/exports/${periodId}/portfolio.json?basis=${basis}`)
    .set('Cookie', cookies[role] ?? '')
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
}

/** What `inovda score --json` prints for the downloaded text. */
function scoreLikeTheCli(text: string): PortfolioReport {
  const json = parseJsonStrict(text);
  if (!json.ok) throw new Error(JSON.stringify(json.issues));
  const scored = scorePortfolioDocument(json.value);
  if (!scored.ok) throw new Error(JSON.stringify(scored.issues));
  return scored.value;
}

function shown(report: PortfolioReport) {
  return {
    iidX100: Math.round(report.iid * 100),
    predicate: report.predicate,
    innovationCount: report.innovationCount,
    divisor: report.divisor,
    yandasCovered: report.yandasCovered,
  };
}

const pick = ({ iidX100, predicate, innovationCount, divisor, yandasCovered }: Projection) => ({
  iidX100,
  predicate,
  innovationCount,
  divisor,
  yandasCovered,
});

beforeAll(async () => {
  db = await createTestDb();
  dataDir = await mkdtemp(join(tmpdir(), 'inovda-portfolio-'));
  const storage = createStorage({ dataDir });
  await seedDemo(db.prisma, {
    score: scoreForSeed,
    spdTier: spdTierForSeed,
    storeBlob: storeBlobFor(storage),
  });
  const period = await db.prisma.period.findFirstOrThrow({ select: { id: true, regionId: true } });
  periodId = period.id;
  for (const role of ['ADMIN', 'VIEWER', 'VERIFIER', 'OPERATOR'] as const) {
    const user = await db.prisma.user.findFirstOrThrow({ where: { role, regionId: period.regionId } });
    const session = await createSession(db.prisma, {
      userId: user.id,
      ip: '127.0.0.1',
      userAgent: 'vitest',
      now: new Date(),
      config: DEFAULT_AUTH_CONFIG,
    });
    cookies[role] = `${SESSION_COOKIE}=${session.token}`;
  }
  app = createServer({
    prisma: db.prisma,
    auth: DEFAULT_AUTH_CONFIG,
    exports: createExportRouter({ prisma: db.prisma, storage, auth: DEFAULT_AUTH_CONFIG }),
  });
  // The whole demo seed (evidence files included) takes over a minute on a busy 2-core machine.
}, 600_000);

afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('GET /exports/:periodId/portfolio.json on the demo data', () => {
  it('gives, scored like the CLI, exactly the IID the dashboard and the package preview show', async () => {
    const admin = cookies.ADMIN ?? '';
    const summary = await trpcQuery<{ projection: { claimed: Projection; verified: Projection } }>(
      'dashboard.summary',
      { periodId },
      admin,
    );
    const preview = await trpcQuery<{
      verified: Omit<Projection, 'innovationCount'>;
      totals: { innovations: number };
    }>('export.preview', { periodId }, admin);
    const shownByApp = {
      claimed: pick(summary.projection.claimed),
      verified: pick(summary.projection.verified),
      package: pick({ ...preview.verified, innovationCount: preview.totals.innovations }),
    };
    const fromFiles: Record<string, ReturnType<typeof shown>> = {};
    for (const basis of ['claimed', 'verified', 'package'] as const) {
      const res = await download(basis);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toContain(`portofolio-${basis}.json`);
      fromFiles[basis] = shown(scoreLikeTheCli(res.body as string));
    }
    expect(fromFiles.claimed).toEqual(shownByApp.claimed);
    expect(fromFiles.verified).toEqual(shownByApp.verified);
    expect(fromFiles.package).toEqual(shownByApp.package);
    // The three bases hold different sets in the demo (16, 7 and 4 innovations when written), so the
    // comparison is not trivially equal.
    expect(fromFiles.claimed?.innovationCount).toBeGreaterThan(fromFiles.verified?.innovationCount ?? 0);
    expect(fromFiles.verified?.innovationCount).toBeGreaterThan(fromFiles.package?.innovationCount ?? 0);
    expect(fromFiles.package?.innovationCount).toBeGreaterThan(0);
  });

  it('is for ADMIN and VIEWER only, audited, and refuses a bad basis', async () => {
    expect((await download('verified', 'VIEWER')).status).toBe(200);
    expect((await download('verified', 'VERIFIER')).status).toBe(403);
    expect((await download('verified', 'OPERATOR')).status).toBe(403);
    expect((await download('verified', 'NOBODY')).status).toBe(401);
    const bad = await download('klaim');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body as string)).toMatchObject({ appCode: 'EXPORT.INVALID_BASIS' });
    const audits = await db.prisma.auditEvent.count({
      where: { action: 'export.download', entityId: periodId },
    });
    expect(audits).toBeGreaterThanOrEqual(4);
  });
});
