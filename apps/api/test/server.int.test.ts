// Smoke test of the Express app over HTTP (supertest): health, security headers, tRPC with the error
// formatter's shape, cookies, the upload endpoint, the admin SPA and unknown routes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDb } from '@inovda/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../src/log/logger.ts';
import { createServer } from '../src/server.ts';
import { createStorage } from '../src/storage/index.ts';
import { createUploadRouter, type UploadRouter } from '../src/uploads/upload-router.ts';
import { createHarness, type Harness, TEST_PASSWORD } from './harness.ts';

interface TrpcErrorBody {
  error: { json: { message: string; data: Record<string, unknown> & { appCode: string } } };
}

describe('createServer', () => {
  let h: Harness;
  let dir: string;
  let uploads: UploadRouter;
  let app: ReturnType<typeof createServer>;

  beforeAll(async () => {
    h = await createHarness();
    dir = mkdtempSync(join(tmpdir(), 'inovda-server-'));
    const adminDist = join(dir, 'admin');
    mkdirSync(join(adminDist, 'assets'), { recursive: true });
    writeFileSync(join(adminDist, 'index.html'), '<!doctype html><title>Inovda</title><div id="root"></div>');
    writeFileSync(join(adminDist, 'assets', 'app.js'), 'console.log(1)');
    uploads = createUploadRouter({
      prisma: h.prisma,
      storage: createStorage({ dataDir: dir }),
      auth: h.auth,
      uploadDir: join(dir, 'uploads'),
      sweepIntervalMs: 0,
    });
    app = createServer({ prisma: h.prisma, auth: h.auth, uploads, adminDist });
  });
  afterAll(async () => {
    uploads.close();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /healthz with the database up, and security headers without a framework banner', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ ok: true, db: 'up' });
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the evidence preview frame its blob: documents and nothing broader (the SPA shell too)', async () => {
    // The preview shows a fetched PDF from a blob: URL in an iframe; without frame-src the browser falls back
    // to default-src 'self' and shows "This content is blocked" instead of its PDF viewer.
    const res = await request(app).get('/innovations').set('accept', 'text/html').expect(200);
    const directives = new Map(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...sources]) => [name, sources.join(' ')]),
    );
    expect(directives.get('frame-src')).toBe('blob:');
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });

  it('answers /healthz with 503 when the database is unreachable', async () => {
    const db = await createTestDb();
    await db.close();
    const down = createServer({ prisma: db.prisma, auth: h.auth });
    const res = await request(down).get('/healthz').expect(503);
    expect(res.body).toEqual({ ok: false, db: 'down' });
  });

  it('mounts tRPC at /trpc (superjson)', async () => {
    const res = await request(app).get('/trpc/auth.me').expect(200);
    expect(res.body).toEqual({ result: { data: { json: null } } });
  });

  it('formats errors with appCode, field errors, request id and both languages', async () => {
    const proxied = createServer({ prisma: h.prisma, auth: h.auth, trustProxy: 'loopback' });
    const bad = await request(proxied)
      .post('/trpc/auth.login')
      .set('X-Request-Id', 'req-test-0001')
      .send({ json: { email: '', password: '' } })
      .expect(400);
    const data = (bad.body as TrpcErrorBody).error.json.data;
    expect(data).not.toHaveProperty('stack');
    expect(data).toMatchObject({
      appCode: 'VALIDATION.INVALID_INPUT',
      requestId: 'req-test-0001',
      code: 'BAD_REQUEST',
    });
    expect(Object.keys(data.fieldErrors as object).sort()).toEqual(['email', 'password']);
    expect((bad.body as TrpcErrorBody).error.json.message).toBe(
      'Isian tidak valid. Periksa kolom yang ditandai.',
    );

    const wrong = await request(app)
      .post('/trpc/auth.login')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .send({ json: { email: h.users.viewer.email, password: 'definitely-wrong' } })
      .expect(401);
    const body = (wrong.body as TrpcErrorBody).error.json;
    expect(body.message).toBe('Wrong email or password.');
    expect(body.data).toMatchObject({
      appCode: 'AUTH.INVALID_CREDENTIALS',
      messages: { id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
      fieldErrors: null,
    });
    expect(JSON.stringify(body)).not.toContain('passwordHash');
  });

  it('logs in with an httpOnly SameSite=Lax cookie and recognises it', async () => {
    const res = await request(app)
      .post('/trpc/auth.login')
      .send({ json: { email: h.users.operator.email, password: TEST_PASSWORD } })
      .expect(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0] ?? '';
    expect(cookie).toMatch(/^inovda_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const me = await request(app)
      .get('/trpc/auth.me')
      .set('Cookie', cookie.split(';')[0] ?? '')
      .expect(200);
    expect(me.body).toMatchObject({
      result: { data: { json: { email: h.users.operator.email, role: 'OPERATOR' } } },
    });
  });

  it('answers the dashboard of a period over HTTP (its SQL passes the state groups as parameters)', async () => {
    const login = await request(app)
      .post('/trpc/auth.login')
      .send({ json: { email: h.users.admin.email, password: TEST_PASSWORD } })
      .expect(200);
    const cookie = (([] as string[]).concat(login.headers['set-cookie'] ?? [])[0] ?? '').split(';')[0] ?? '';
    const input = encodeURIComponent(JSON.stringify({ json: { periodId: h.period.id } }));
    for (const path of ['dashboard.summary', 'dashboard.plan', 'dashboard.evidence']) {
      const res = await request(app).get(`/trpc/${path}?input=${input}`).set('Cookie', cookie);
      expect([path, res.status]).toEqual([path, 200]);
    }
  });

  it('refuses mutations sent as a CORS "simple request" (text/plain or a form), so other sites cannot forge them', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await request(app)
        .post('/trpc/auth.login')
        .set('Content-Type', type)
        .send(JSON.stringify({ json: { email: h.users.operator.email, password: TEST_PASSWORD } }));
      expect(res.status).toBe(415);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses auth mutations in a tRPC batch and caps every batch, before anything runs', async () => {
    const before = await h.prisma.loginAttempt.count();
    const n = 20;
    const paths = Array.from({ length: n }, () => 'auth.login').join(',');
    const input = Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        String(i),
        { json: { email: h.users.admin.email, password: `salah-${i}-sandi` } },
      ]),
    );
    const res = await request(app).post(`/trpc/${paths}?batch=1`).send(input);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('VALIDATION.BATCH_REFUSED');
    expect(await h.prisma.loginAttempt.count()).toBe(before);
    // A batch of one (what the admin's client sends for a lone call) still works.
    const one = await request(app)
      .post('/trpc/auth.login?batch=1')
      .send({ 0: { json: { email: h.users.viewer.email, password: TEST_PASSWORD } } });
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    // Queries may be batched, but not without limit.
    const many = Array.from({ length: 51 }, () => 'auth.me').join(',');
    expect((await request(app).get(`/trpc/${many}?batch=1`)).status).toBe(400);
    expect((await request(app).get(`/trpc/auth.me,auth.me?batch=1`)).status).toBe(200);
  });

  it('refuses multipart/form-data on tRPC mutations (JSON only), even from its own origin', async () => {
    const before = await h.prisma.loginAttempt.count();
    const res = await request(app)
      .post('/trpc/auth.login')
      .field('email', h.users.operator.email)
      .field('password', TEST_PASSWORD);
    expect(res.status).toBe(415);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await h.prisma.loginAttempt.count()).toBe(before);
  });

  it('refuses state-changing requests from another site (Origin or Sec-Fetch-Site), keeps own and configured origins', async () => {
    const login = (headers: Record<string, string>, server = app) => {
      const req = request(server).post('/trpc/auth.login');
      for (const [name, value] of Object.entries(headers)) void req.set(name, value);
      return req.send({ json: { email: h.users.viewer.email, password: TEST_PASSWORD } });
    };
    for (const headers of [
      { Origin: 'https://jahat.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'null' },
    ] as Record<string, string>[]) {
      const res = await login(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.stringify(res.body)).toContain('REQUEST.CROSS_SITE');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    // Uploads and other POST routes are guarded too.
    expect((await request(app).post('/uploads').set('Origin', 'https://jahat.example')).status).toBe(403);
    // The same origin (what the admin app sends), no Origin at all (curl, tests), and a same-origin fetch work.
    const port = 'http://127.0.0.1';
    expect((await login({ 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await login({})).status).toBe(200);
    const own = await login({ Origin: port, Host: '127.0.0.1' });
    expect(own.status).toBe(200);
    // Behind a TLS proxy (TRUST_PROXY) the configured public origin is accepted.
    const proxied = createServer({
      prisma: h.prisma,
      auth: h.auth,
      trustProxy: 'loopback',
      publicOrigin: 'https://inovda.patikab.go.id',
    });
    expect((await login({ Origin: 'https://inovda.patikab.go.id' }, proxied)).status).toBe(200);
    expect(
      (
        await login(
          {
            Origin: 'https://inovda.patikab.go.id',
            'X-Forwarded-Proto': 'https',
            Host: 'inovda.patikab.go.id',
          },
          proxied,
        )
      ).status,
    ).toBe(200);
    expect((await login({ Origin: 'https://lain.example' }, proxied)).status).toBe(403);
  });

  it('marks the cookie Secure behind a trusted https proxy', async () => {
    const proxied = createServer({ prisma: h.prisma, auth: h.auth, trustProxy: 'loopback' });
    const res = await request(proxied)
      .post('/trpc/auth.login')
      .set('X-Forwarded-Proto', 'https')
      .send({ json: { email: h.users.verifier.email, password: TEST_PASSWORD } })
      .expect(200);
    expect(([] as string[]).concat(res.headers['set-cookie'] ?? [])[0]).toContain('Secure');
    const direct = await request(app)
      .post('/trpc/auth.login')
      .set('X-Forwarded-Proto', 'https')
      .send({ json: { email: h.users.verifier.email, password: TEST_PASSWORD } })
      .expect(200);
    expect(([] as string[]).concat(direct.headers['set-cookie'] ?? [])[0]).not.toContain('Secure');
  });

  it('turns an unexpected failure into a generic 500 with the request id, logged once', async () => {
    const db = await createTestDb();
    await db.close();
    const lines: Record<string, unknown>[] = [];
    const logger = createJsonLogger({
      destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    const broken = createServer({ prisma: db.prisma, auth: h.auth, logger, trustProxy: 'loopback' });
    const res = await request(broken)
      .get('/trpc/auth.me')
      .set('Cookie', 'inovda_session=abc')
      .set('X-Request-Id', 'req-broken-01')
      .expect(500);
    const json = (res.body as TrpcErrorBody).error.json;
    expect(json.data).toMatchObject({ appCode: 'INTERNAL', requestId: 'req-broken-01' });
    expect(json.message).toBe('Terjadi kesalahan pada server (kode permintaan req-broken-01).');
    const errors = lines.filter((line) => line.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ requestId: 'req-broken-01', path: 'createContext' });
    expect(errors[0]?.err).toHaveProperty('stack');
    // The access line of the same request carries the same id, and no cookie.
    const access = lines.filter((line) => line.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ requestId: 'req-broken-01', res: { statusCode: 500 } });
    expect(JSON.stringify(lines)).not.toContain('inovda_session=abc');
  });

  it('takes X-Request-Id only from a trusted proxy, and logs every request with its id', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createJsonLogger({
      destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    const direct = createServer({ prisma: h.prisma, auth: h.auth, logger });
    const spoofed = await request(direct).get('/trpc/auth.me').set('X-Request-Id', 'chosen-by-client');
    expect(spoofed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const proxied = createServer({ prisma: h.prisma, auth: h.auth, logger, trustProxy: 1 });
    const fromProxy = await request(proxied).get('/trpc/auth.me').set('X-Request-Id', 'proxy-req-0042');
    expect(fromProxy.headers['x-request-id']).toBe('proxy-req-0042');
    const junk = await request(proxied).get('/trpc/auth.me').set('X-Request-Id', 'bad id with spaces');
    expect(junk.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((line) => line.requestId)).toEqual([
      spoofed.headers['x-request-id'],
      'proxy-req-0042',
      junk.headers['x-request-id'],
    ]);
    expect(lines[0]).toMatchObject({ level: 'info', req: { method: 'GET', url: '/trpc/auth.me' } });
    expect(lines[0]?.req).not.toHaveProperty('headers');
  });

  it('mounts the upload endpoint (tus) behind the session', async () => {
    const anonymous = await request(app)
      .post('/uploads')
      .set('Tus-Resumable', '1.0.0')
      .set('Upload-Length', '10')
      .expect(401);
    expect(anonymous.body).toMatchObject({ appCode: 'AUTH.UNAUTHENTICATED' });
    const options = await request(app).options('/uploads').set('Tus-Resumable', '1.0.0');
    expect(options.status).toBe(204);
    expect(options.headers['tus-version']).toContain('1.0.0');
  });

  it('serves the admin app with an SPA fallback, and 404 JSON for unknown non-page routes', async () => {
    const page = await request(app).get('/innovations/abc').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<div id="root">');
    await request(app).get('/assets/app.js').expect(200);
    await request(app).get('/assets/missing.js').expect(404);
    const api = await request(app).get('/no/such/thing').set('Accept', 'application/json').expect(404);
    expect(api.body).toMatchObject({ error: { appCode: 'NOT_FOUND', message: 'Data tidak ditemukan.' } });
    await request(app).post('/no/such/thing').expect(404);
    const unknownProcedure = await request(app).get('/trpc/nope.nothing').expect(404);
    expect((unknownProcedure.body as TrpcErrorBody).error.json.data.appCode).toBe('NOT_FOUND');
  });
});
