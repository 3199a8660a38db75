// Resumable uploads over real HTTP against a listening server: cut uploads leave nothing, resumed ones
// become evidence, content decides the type, and downloads respect scope.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type UserKey } from '../../test/harness.ts';
import { createSession, SESSION_COOKIE } from '../auth/session.ts';
import { createStorage, type Storage } from '../storage/index.ts';
import { createTusClient, type TusClient } from './testing/tus-client.ts';
import { sampleNoise, samplePdf, samplePng } from './testing/sample-files.ts';
import { createUploadRouter, EVIDENCE_ID_HEADER, type UploadRouter } from './upload-router.ts';

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('evidence uploads (tus) and downloads', () => {
  let h: Harness;
  let dataDir: string;
  let storage: Storage;
  let server: Server;
  let uploads: UploadRouter;
  let baseUrl: string;
  let submissionId: string;
  const cookies = {} as Record<UserKey, string>;
  const client = (who: UserKey | null): TusClient => createTusClient(baseUrl, who ? cookies[who] : null);

  /** Files visible in the evidence store (the staging folder is private and excluded). */
  async function storeFiles(): Promise<string[]> {
    const entries = await readdir(join(dataDir, 'evidence'), { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    return entries.filter((e) => e.isFile() && !e.parentPath.includes('.staging')).map((e) => e.name);
  }

  beforeAll(async () => {
    h = await createHarness();
    dataDir = await mkdtemp(join(tmpdir(), 'inovda-upload-'));
    storage = createStorage({ dataDir });
    for (const key of Object.keys(h.users) as UserKey[]) {
      const s = await createSession(h.prisma, {
        userId: h.users[key].id,
        ip: '127.0.0.1',
        userAgent: 't',
        now: new Date(),
        config: h.auth,
      });
      cookies[key] = `${SESSION_COOKIE}=${s.token}`;
    }
    const innovation = await h.prisma.innovation.create({
      data: { regionId: h.region.id, unitId: h.units.dinasA, name: 'Inovasi A', urusan: 'kesehatan' },
    });
    submissionId = (
      await h.prisma.submission.create({ data: { periodId: h.period.id, innovationId: innovation.id } })
    ).id;
    uploads = createUploadRouter({
      prisma: h.prisma,
      storage,
      auth: h.auth,
      uploadDir: join(dataDir, 'uploads-partial'),
      maxSizeBytes: 1_000_000,
      quotaBytesPerDay: 600_000,
      sweepIntervalMs: 0,
    });
    const app = express();
    app.use(uploads);
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    uploads?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    await h?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses an upload without a session (401) and from a VIEWER (403)', async () => {
    expect((await client(null).create(10)).status).toBe(401);
    const res = await client('viewer').create(10);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ appCode: 'AUTH.FORBIDDEN' });
  });

  it('a cut upload leaves no row and no file; resuming completes it into one evidence row and blob', async () => {
    const file = samplePdf(200_000, 'cut-and-resume');
    const tus = client('operator');
    const created = await tus.create(file.length, {
      filename: 'sk-inovasi.pdf',
      submissionId,
      indicator: '16',
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location') ?? '';

    const half = 100_000;
    expect((await tus.patch(location, 0, file.subarray(0, half))).status).toBe(204);
    // The connection drops part-way through the next PATCH.
    await tus.patchCutOff(location, half, file.subarray(half), 30_000);
    expect(await h.prisma.evidenceFile.count()).toBe(0);
    expect(await storeFiles()).toEqual([]);

    const head = await tus.head(location);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThanOrEqual(half);
    expect(offset).toBeLessThan(file.length);

    const done = await tus.patch(location, offset, file.subarray(offset));
    expect(done.status).toBe(200);
    const body = (await done.json()) as { evidenceId: string; sha256: string; kind: string; reused: boolean };
    expect(done.headers.get(EVIDENCE_ID_HEADER)).toBe(body.evidenceId);
    expect(body).toMatchObject({ sha256: sha(file), kind: 'PDF', reused: false, size: file.length });
    const row = await h.prisma.evidenceFile.findUniqueOrThrow({ where: { id: body.evidenceId } });
    expect(row).toMatchObject({
      regionId: h.region.id,
      uploadedById: h.users.operator.id,
      originalName: 'sk-inovasi.pdf',
      mimeType: 'application/pdf',
    });
    expect(await storage.has(sha(file))).toBe(true);
    expect(await storeFiles()).toEqual([sha(file)]);
    const audit = await h.prisma.auditEvent.findFirst({
      where: { entityId: body.evidenceId, action: 'evidence.upload' },
    });
    expect(audit?.actorId).toBe(h.users.operator.id);
    // The partial upload is gone once it became evidence.
    expect((await tus.head(location)).status).toBe(404);
  });

  it('reuses the region row for identical content', async () => {
    const file = samplePdf(5_000, 'same-bytes');
    const ids: string[] = [];
    for (const who of ['operator', 'admin'] as const) {
      const tus = client(who);
      const location =
        (await tus.create(file.length, { filename: `${who}.pdf` })).headers.get('location') ?? '';
      const res = await tus.patch(location, 0, file);
      ids.push(((await res.json()) as { evidenceId: string }).evidenceId);
    }
    expect(ids[0]).toBe(ids[1]);
    expect(await h.prisma.evidenceFile.count({ where: { sha256: sha(file) } })).toBe(1);
    // Its text waits to be read once, in the background (no job runner here: it stays WAITING).
    expect(
      await h.prisma.evidenceText.findMany({ where: { sha256: sha(file) }, select: { status: true } }),
    ).toEqual([{ status: 'WAITING' }]);
  });

  it("gives another unit its own row and name for identical content, never the first unit's", async () => {
    const file = samplePdf(4_000, 'same-bytes-two-units');
    const upload = async (who: UserKey, filename: string) => {
      const tus = client(who);
      const location = (await tus.create(file.length, { filename })).headers.get('location') ?? '';
      return (await (await tus.patch(location, 0, file)).json()) as {
        evidenceId: string;
        originalName: string;
        reused: boolean;
      };
    };
    const first = await upload('operator', 'sk-dinas-a.pdf');
    const other = await upload('otherUnitOperator', 'laporan-dinas-b.pdf');
    expect(other.evidenceId).not.toBe(first.evidenceId);
    expect(other).toMatchObject({ originalName: 'laporan-dinas-b.pdf', reused: false });
    const row = await h.prisma.evidenceFile.findUniqueOrThrow({ where: { id: other.evidenceId } });
    expect(row).toMatchObject({
      uploadedById: h.users.otherUnitOperator.id,
      originalName: 'laporan-dinas-b.pdf',
      firstAttachedAt: null,
    });
    // One blob for both rows; each unit reaches only its own row.
    expect(await storeFiles()).toContain(sha(file));
    const get = (who: UserKey, id: string) =>
      fetch(`${baseUrl}/files/${id}`, { headers: { Cookie: cookies[who] } });
    expect((await get('otherUnitOperator', first.evidenceId)).status).toBe(404);
    expect((await get('otherUnitOperator', other.evidenceId)).status).toBe(200);
    // The same unit uploading again keeps its own row.
    expect((await upload('operator', 'lagi.pdf')).evidenceId).toBe(first.evidenceId);
    expect((await upload('otherUnitOperator', 'lagi.pdf')).evidenceId).toBe(other.evidenceId);
  });

  it('goes by content: PNG bytes named .pdf are stored as PNG, or refused where the indicator wants PDF', async () => {
    const png = samplePng(3_000);
    const tus = client('operator');
    const loose = (await tus.create(png.length, { filename: 'laporan.pdf' })).headers.get('location') ?? '';
    const stored = (await (await tus.patch(loose, 0, png)).json()) as { kind: string; mimeType: string };
    expect(stored).toMatchObject({ kind: 'PNG', mimeType: 'image/png' });

    const other = samplePng(3_001);
    const strict =
      (
        await tus.create(other.length, { filename: 'laporan.pdf', submissionId, indicator: '16' })
      ).headers.get('location') ?? '';
    const refused = await tus.patch(strict, 0, other);
    expect(refused.status).toBe(415);
    expect(await refused.json()).toMatchObject({
      appCode: 'UPLOAD.KIND_NOT_ALLOWED',
      params: { kind: 'PNG', allowed: 'PDF' },
    });
    expect(await h.prisma.evidenceFile.count({ where: { sha256: sha(other) } })).toBe(0);
    expect(await storage.has(sha(other))).toBe(false);
    expect((await tus.head(strict)).status).toBe(404);
  });

  it('names a stored and downloaded file after its detected type, not the given extension (.hta polyglot)', async () => {
    const pdf = samplePdf(3_000, 'polyglot');
    const tus = client('operator');
    const location =
      (await tus.create(pdf.length, { filename: 'laporan.hta' })).headers.get('location') ?? '';
    const stored = (await (await tus.patch(location, 0, pdf)).json()) as {
      evidenceId: string;
      originalName: string;
    };
    expect(stored.originalName).toBe('laporan.pdf');
    const row = await h.prisma.evidenceFile.findUniqueOrThrow({ where: { id: stored.evidenceId } });
    expect(row.originalName).toBe('laporan.pdf');
    // A row stored before this rule (given name kept) is still served under the detected type's extension.
    await h.prisma.evidenceFile.update({ where: { id: row.id }, data: { originalName: 'lama.hta' } });
    const res = await fetch(`${baseUrl}/files/${row.id}`, { headers: { Cookie: cookies.operator } });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=lama.pdf');
    await res.arrayBuffer();
  });

  it('refuses random bytes whatever the name', async () => {
    const noise = sampleNoise(4_096);
    const tus = client('operator');
    const location =
      (await tus.create(noise.length, { filename: 'bukti.pdf' })).headers.get('location') ?? '';
    const res = await tus.patch(location, 0, noise);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ appCode: 'UPLOAD.UNSUPPORTED_TYPE' });
    expect(await storage.has(sha(noise))).toBe(false);
  });

  it('enforces the size limit and keeps other users off an upload', async () => {
    expect((await client('operator').create(1_000_001)).status).toBe(413);
    const location = (await client('operator').create(10)).headers.get('location') ?? '';
    expect((await client('otherUnitOperator').head(location)).status).toBe(404);
    expect((await client('admin').patch(location, 0, samplePng().subarray(0, 10))).status).toBe(404);
    // tus must not serve partial uploads for download.
    expect((await fetch(new URL(location, baseUrl), { headers: { Cookie: cookies.operator } })).status).toBe(
      405,
    );
  });

  it('refuses an upload for a submission out of scope or an unknown indicator', async () => {
    const res = await client('otherUnitOperator').create(10, { submissionId, indicator: '16' });
    expect(res.status).toBe(403);
    expect((await client('otherRegion').create(10, { submissionId })).status).toBe(404);
    const unknown = await client('operator').create(10, { submissionId, indicator: '99' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ appCode: 'UPLOAD.UNKNOWN_INDICATOR' });
  });

  it('serves downloads as attachments with nosniff, only within scope', async () => {
    const file = samplePng(2_000);
    const tus = client('operator');
    const location =
      (await tus.create(file.length, { filename: 'foto "kegiatan".png' })).headers.get('location') ?? '';
    const { evidenceId } = (await (await tus.patch(location, 0, file)).json()) as { evidenceId: string };
    const get = (who: UserKey | null) =>
      fetch(`${baseUrl}/files/${evidenceId}`, { headers: who ? { Cookie: cookies[who] } : {} });

    const ok = await get('operator');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    expect(Buffer.from(await ok.arrayBuffer()).equals(file)).toBe(true);
    expect((await get('admin')).status).toBe(200);
    expect((await get('otherUnitOperator')).status).toBe(404);
    expect((await get('otherRegion')).status).toBe(404);
    expect((await get(null)).status).toBe(401);
    expect((await fetch(`${baseUrl}/files/nope`, { headers: { Cookie: cookies.admin } })).status).toBe(404);
  });

  it('lets an operator download a file linked to an answer of its unit, uploaded by someone else', async () => {
    const file = samplePdf(3_000, 'admin-upload');
    const location =
      (await client('admin').create(file.length, { filename: 'perbup.pdf' })).headers.get('location') ?? '';
    const { evidenceId } = (await (await client('admin').patch(location, 0, file)).json()) as {
      evidenceId: string;
    };
    const get = (who: UserKey) =>
      fetch(`${baseUrl}/files/${evidenceId}`, { headers: { Cookie: cookies[who] } });
    expect((await get('operator')).status).toBe(404);
    const answer = await h.prisma.indicatorAnswer.create({
      data: { submissionId, code: '16', claimedTier: 2 },
    });
    await h.prisma.answerEvidence.create({ data: { answerId: answer.id, evidenceId } });
    expect((await get('operator')).status).toBe(200);
    expect((await get('otherUnitOperator')).status).toBe(404);
  });

  it('holds each user to a daily upload quota with a clear message', async () => {
    const { _sum } = await h.prisma.evidenceFile.aggregate({
      where: { uploadedById: h.users.operator.id },
      _sum: { size: true },
    });
    const left = 600_000 - (_sum.size ?? 0);
    expect(left).toBeGreaterThan(1);
    const refused = await client('operator').create(left + 1, { filename: 'besar.pdf' });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({
      appCode: 'UPLOAD.QUOTA_EXCEEDED',
      message: expect.stringMatching(/^Batas unggahan harian Anda/) as unknown,
    });
    expect((await client('operator').create(left, { filename: 'pas.pdf' })).status).toBe(201);
    // Another user has a quota of their own.
    expect((await client('admin').create(left + 1, { filename: 'besar.pdf' })).status).toBe(201);
  });

  it('sweeps expired partial uploads', async () => {
    const location = (await client('operator').create(100)).headers.get('location') ?? '';
    expect((await client('operator').head(location)).status).toBe(200);
    const short = createUploadRouter({
      prisma: h.prisma,
      storage,
      auth: h.auth,
      uploadDir: join(dataDir, 'uploads-partial'),
      expireAfterMs: 1,
      sweepIntervalMs: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await short.sweepExpired()).toBeGreaterThanOrEqual(1);
    expect((await client('operator').head(location)).status).toBe(404);
  });
});
