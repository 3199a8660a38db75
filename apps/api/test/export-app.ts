// The Express app of the export tests: harness, export fixture, one session cookie per user, and `get`, a
// download as raw bytes. Also the scores the fixture must produce, computed independently with the domain.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEdition, scoreInnovation, scoreRegion, type TEditionPack } from '@inovda/domain';
import request from 'supertest';
import { createExportRouter } from '../src/exports/export-routes.ts';
import { createServer } from '../src/server.ts';
import { createExportFixture, type ExportFixture } from './export-fixtures.ts';
import { binary } from './export-readers.ts';
import { createHarness, type Harness, type UserKey } from './harness.ts';

export const pack: TEditionPack = getEdition('iga-2026')!;

// Claimed: 16, 17, 32, 33, 35 at tier 2. Verified: the same but 17 downgraded to 1.
export const claimedTiers = { '16': 2, '17': 2, '32': 2, '33': 2, '35': 2 };
export const verifiedTiers = { ...claimedTiers, '17': 1 };

/** The region score of the fixture's one included innovation (SPD row 1 at tier 3). */
export const expectedRegion = (tiers: Record<string, number>) =>
  scoreRegion(pack, {
    spd: { '1': 3 },
    innovations: [{ id: 'x', maturityX100: scoreInnovation(pack, tiers).maturityX100, urusan: 'kesehatan' }],
  });

export interface ExportApp {
  h: Harness;
  fx: ExportFixture;
  dataDir: string;
  get(path: string, who: UserKey | null): request.Test;
  /** `get` with a given session cookie (one made after the test clock moved). */
  getWithCookie(path: string, cookie: string): request.Test;
  close(): Promise<void>;
}

export async function openExportApp(): Promise<ExportApp> {
  const h = await createHarness();
  const dataDir = await mkdtemp(join(tmpdir(), 'inovda-export-'));
  const fx = await createExportFixture(h, dataDir);
  const cookies = await h.sessionCookies();
  const app = createServer({
    prisma: h.prisma,
    auth: h.auth,
    // Exports are stamped with the harness clock, so a test can print at a chosen instant.
    exports: createExportRouter({
      prisma: h.prisma,
      storage: fx.storage,
      auth: h.auth,
      now: h.clock.now,
      packageCacheDir: join(dataDir, 'package-cache'),
    }),
  });
  const getWithCookie = (path: string, cookie: string | null) => {
    // supertest types the parser with superagent's response; at run time it is the Node response stream.
    const req = request(app)
      .get(path)
      .buffer(true)
      .parse(binary as unknown as Parameters<request.Test['parse']>[0]);
    return cookie ? req.set('Cookie', cookie) : req;
  };
  const get = (path: string, who: UserKey | null) => getWithCookie(path, who ? cookies[who] : null);
  const close = async () => {
    await h.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { h, fx, dataDir, get, getWithCookie, close };
}
