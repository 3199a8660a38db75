// The public scoring API as mounted by createServer (real database behind the rest of the app): the whole
// conformance suite of @inovda/domain through POST /api/v1/score gives the hand-worked reports and issues,
// without a session, beside the app's own security headers.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.ts';
import { loadConformanceCases } from './conformance-cases.ts';
import { createHarness, type Harness } from './harness.ts';

const cases = loadConformanceCases();

describe('public API in createServer', () => {
  let h: Harness;
  let app: ReturnType<typeof createServer>;

  beforeAll(async () => {
    h = await createHarness();
    // A limit high enough for the suite; the limiter itself is tested in src/public-api.
    app = createServer({ prisma: h.prisma, auth: h.auth, publicApi: { limit: 1000 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('serves the OpenAPI document without a session, with the app security headers', async () => {
    const res = await request(app).get('/api/v1/openapi.json').expect(200);
    expect((res.body as { openapi: string }).openapi).toBe('3.1.0');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it.each(cases)('conformance $file $name', async ({ portfolio, expected }) => {
    const res = await request(app)
      .post('/api/v1/score')
      .send(portfolio as object);
    if (expected.ok) {
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual(expected.report);
      return;
    }
    expect(res.status).toBe(400);
    const { issues } = res.body as { issues: { code: string; path: string }[] };
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual(expected.issues);
  });
});
