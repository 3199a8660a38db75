// The public scoring API over HTTP (supertest), on an app with only this router: it has no state and no
// database. Mounting inside createServer is covered by test/public-api.int.test.ts.
import { planPortfolioDocument, scorePortfolioDocument } from '@inovda/domain';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createPublicApiRouter, type PublicApiOptions } from './public-api.ts';

interface Issue {
  code: string;
  path: string;
  message: { id: string; en: string };
  line?: number;
  column?: number;
}
const issuesOf = (res: { body: unknown }) => (res.body as { ok: false; issues: Issue[] }).issues;
const bodyOf = (res: { body: unknown }) => res.body as Record<string, unknown>;

function appWith(options: PublicApiOptions = {}, trustProxy: boolean | number = false) {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.use(createPublicApiRouter(options));
  return app;
}

const portfolio = {
  edition: 'iga-2026',
  spd: { '1': 3, '2a': 2, '5a': 1 },
  innovations: [
    { id: 'x1', name: 'Sapa Warga', urusan: 'Kesehatan', indicators: { '16': 3, '17': 2, '35': 1 } },
    { id: 'x2', name: 'Sekolah Ramah', urusan: 'pendidikan', indicators: { '16': 1, '33': 3 } },
  ],
};

describe('POST /api/v1/score', () => {
  it('answers exactly the library report, with CORS for any origin and no cookie', async () => {
    const res = await request(appWith())
      .post('/api/v1/score')
      .set('Origin', 'https://pemda.example')
      .send(portfolio)
      .expect(200);
    const expected = scorePortfolioDocument(portfolio);
    expect(expected.ok && bodyOf(res)).toEqual(expected.ok && expected.value);
    expect(bodyOf(res)).toMatchObject({ iid: 3.27, predicate: 'KURANG_INOVATIF' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['ratelimit-policy']).toMatch(/q=60; w=60/);
    expect(res.headers.ratelimit).toMatch(/r=59/);
  });

  it('answers a CORS preflight for a JSON POST', async () => {
    const res = await request(appWith())
      .options('/api/v1/score')
      .set('Origin', 'https://pemda.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toMatch(/content-type/i);
  });

  it('gives 400 with every issue, its path and both languages, for an invalid document', async () => {
    const bad = {
      ...portfolio,
      edition: 'iga-2099',
      innovations: [{ id: 'a', urusan: 'sosal', indicators: {} }],
    };
    const res = await request(appWith()).post('/api/v1/score').send(bad).expect(400);
    expect(bodyOf(res).ok).toBe(false);
    expect(issuesOf(res).map((issue) => [issue.code, issue.path])).toEqual([
      ['PORTFOLIO.UNKNOWN_EDITION', 'edition'],
      ['PORTFOLIO.INVALID_URUSAN', 'innovations[0].urusan'],
    ]);
    expect(issuesOf(res)[1]?.message.id).toContain('Maksud Anda "sosial"?');
    expect(issuesOf(res)[1]?.message.en).toContain('Did you mean "sosial"?');
  });

  it('rejects a repeated key and bad JSON with path, line and column (400)', async () => {
    const send = (text: string) =>
      request(appWith()).post('/api/v1/score').set('Content-Type', 'application/json').send(text);
    const repeated = await send('{"edition":"iga-2026","spd":{},\n"spd":{},"innovations":[]}').expect(400);
    expect(issuesOf(repeated)).toEqual([
      expect.objectContaining({ code: 'PORTFOLIO.DUPLICATE_KEY', path: 'spd', line: 2, column: 1 }),
    ]);
    const broken = await send('{"edition": ').expect(400);
    expect(issuesOf(broken)[0]).toMatchObject({ code: 'PORTFOLIO.INVALID_JSON', line: 1, column: 13 });
  });

  it('gives 415 for a body that is not declared JSON', async () => {
    const res = await request(appWith())
      .post('/api/v1/score')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify(portfolio))
      .expect(415);
    expect(issuesOf(res)[0]).toMatchObject({ code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
    expect(issuesOf(res)[0]?.message.en).toContain('application/json');
  });

  it('gives 413 for a body over the limit', async () => {
    const res = await request(appWith({ maxBodyBytes: 100 }))
      .post('/api/v1/score')
      .send(portfolio)
      .expect(413);
    expect(issuesOf(res)[0]).toMatchObject({ code: 'REQUEST.TOO_LARGE' });
    expect(issuesOf(res)[0]?.message.id).toContain('100 byte');
  });

  it('limits requests per client address, and counts addresses from X-Forwarded-For only with trust proxy', async () => {
    const limited = appWith({ limit: 2, windowMs: 60_000 });
    for (let i = 0; i < 2; i++) await request(limited).post('/api/v1/score').send(portfolio).expect(200);
    const res = await request(limited).post('/api/v1/score').send(portfolio).expect(429);
    expect(issuesOf(res)[0]).toMatchObject({ code: 'REQUEST.RATE_LIMITED' });
    expect(res.headers['retry-after']).toBeDefined();

    const behindProxy = appWith({ limit: 1, windowMs: 60_000 }, 1);
    const from = (address: string) =>
      request(behindProxy).post('/api/v1/score').set('X-Forwarded-For', address).send(portfolio);
    await from('203.0.113.1').expect(200);
    await from('203.0.113.1').expect(429);
    await from('203.0.113.2').expect(200);
  });
});

describe('POST /api/v1/plan', () => {
  it('answers the plan report with ?limit', async () => {
    const res = await request(appWith()).post('/api/v1/plan?limit=2').send(portfolio).expect(200);
    expect(bodyOf(res).all).toEqual({ innovationCount: 2, iid: 3.27, predicate: 'KURANG_INOVATIF' });
    expect(bodyOf(res).actions).toHaveLength(2);
  });

  it('rejects a bad limit', async () => {
    const bad = await request(appWith()).post('/api/v1/plan?limit=0').send(portfolio).expect(400);
    expect(issuesOf(bad)[0]).toMatchObject({ code: 'REQUEST.INVALID_PARAMETER', path: 'limit' });
  });

  it('plans any document that score takes: far over the former 2,000-innovation cap, bounded by the body size only', async () => {
    const urusan = ['pendidikan', 'kesehatan', 'sosial', 'pariwisata', 'trantibum-linmas', 'pertanian'];
    const large = {
      edition: 'iga-2026',
      spd: { '1': 2 },
      innovations: Array.from({ length: 8000 }, (_, j) => ({
        id: `i${j}`,
        urusan: urusan[j % urusan.length],
        indicators: { '16': j % 4, '17': (j >> 2) % 4, '35': (j >> 4) % 4 },
      })),
    };
    const res = await request(appWith()).post('/api/v1/plan?limit=50').send(large).expect(200);
    const expected = planPortfolioDocument(large, { limit: 50 });
    expect(expected.ok && bodyOf(res)).toEqual(expected.ok && expected.value);
    expect(bodyOf(res).all).toMatchObject({ innovationCount: 8000 });
    expect(bodyOf(res).actions).toHaveLength(50);
    await request(appWith()).post('/api/v1/score').send(large).expect(200);

    // The one bound is the body size, the same for both endpoints.
    for (const path of ['/api/v1/plan', '/api/v1/score']) {
      const tooLarge = await request(appWith({ maxBodyBytes: 1024 }))
        .post(path)
        .send(large)
        .expect(413);
      expect(issuesOf(tooLarge)[0]).toMatchObject({ code: 'REQUEST.TOO_LARGE' });
    }
  }, 30_000);
});

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose schemas come from the zod schemas', async () => {
    const res = await request(appWith()).get('/api/v1/openapi.json').expect(200);
    const doc = res.body as {
      openapi: string;
      paths: Record<string, { post: { responses: Record<string, unknown> } }>;
      components: {
        schemas: Record<string, { required?: string[]; properties: Record<string, { enum?: string[] }> }>;
      };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/api/v1/score', '/api/v1/plan', '/api/v1/openapi.json']);
    expect(doc.components.schemas.Portfolio?.required).toEqual(['edition', 'spd', 'innovations']);
    expect(doc.components.schemas.ScoreReport?.properties.predicate?.enum).toContain('SANGAT_INOVATIF');
    expect(doc.paths['/api/v1/score']?.post.responses['429']).toBeDefined();
  });

  it('answers unknown paths under /api/v1 with 404 in the same format', async () => {
    const res = await request(appWith()).get('/api/v1/score').expect(404);
    expect(bodyOf(res)).toMatchObject({ ok: false, issues: [{ code: 'REQUEST.NOT_FOUND' }] });
  });
});
