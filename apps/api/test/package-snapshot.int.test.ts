// Frozen package snapshots (flow 5, feature 7) on the real test database and a real local file store:
// package.freeze builds the ZIP once and stores it; the download replays exactly those bytes; later changes to
// a submission do not touch the snapshot (and make it stale for sending); verify re-hashes the stored file and
// notices a file changed on disk; a failure while freezing leaves no row; package.markSent is the only way to
// SENT; other roles and regions are refused.
import { once } from 'node:events';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportRouter } from '../src/exports/export-routes.ts';
import { createServer } from '../src/server.ts';
import { localBlobPath } from '../src/storage/index.ts';
import { expectedRegion, verifiedTiers, claimedTiers } from './export-app.ts';
import { createExportFixture, type ExportFixture } from './export-fixtures.ts';
import { sha256, unzip } from './export-readers.ts';
import { createHarness, type Harness, type UserKey } from './harness.ts';

describe('package snapshots', () => {
  let h: Harness;
  let fx: ExportFixture;
  let server: Server;
  let base: string;
  let cookies = {} as Record<UserKey, string>;
  const blobPath = (hash: string) => localBlobPath(join(h.dataDir, 'evidence'), hash);

  beforeAll(async () => {
    h = await createHarness();
    // The fixture's evidence goes into the harness's store, the one every procedure's context holds.
    fx = await createExportFixture(h, h.dataDir);
    cookies = await h.sessionCookies();
    const app = createServer({
      prisma: h.prisma,
      auth: h.auth,
      storage: h.storage,
      exports: createExportRouter({ prisma: h.prisma, storage: h.storage, auth: h.auth }),
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await h?.close();
  });

  /** A download: status, headers and the whole body, or 'cut' when the connection ends before the body does. */
  async function download(path: string, who: UserKey | null) {
    const res = await fetch(`${base}${path}`, { headers: who ? { cookie: cookies[who] } : {} }).catch(
      () => null,
    );
    // Cut before the headers (a file whose only chunk is held back) or in the middle of the body.
    if (!res) return { status: 0, headers: new Headers(), body: 'cut' as const };
    const body = await res.arrayBuffer().then(
      (bytes) => Buffer.from(bytes),
      () => 'cut' as const,
    );
    return { status: res.status, headers: res.headers, body };
  }
  const snapshotZip = (id: string) => `/exports/snapshots/${id}/package.zip`;
  const admin = () => h.callerFor('admin');
  const countRows = () => h.prisma.packageSnapshot.count();
  const countFreezeAudits = () => h.prisma.auditEvent.count({ where: { action: 'package.freeze' } });

  let first: { id: string; sha256: string; size: number; bytes: Buffer };

  it('refuses to freeze a period with nothing ready, in Indonesian and English', async () => {
    const empty = await h.prisma.period.create({
      data: { regionId: h.region.id, year: 2027, name: 'IID 2027', editionCode: 'iga-2026', state: 'OPEN' },
    });
    await expect(admin().package.freeze({ periodId: empty.id, submissionIds: [] })).rejects.toMatchObject({
      appCode: 'PACKAGE.NOTHING_READY',
      code: 'BAD_REQUEST',
    });
    const english = h.callerFor('admin', { acceptLanguage: 'en' });
    await expect(english.package.freeze({ periodId: empty.id, submissionIds: [] })).rejects.toThrow(
      /nothing to freeze/,
    );
    expect(await countRows()).toBe(0);
  });

  it('refuses a freeze whose confirmed set is not the current package', async () => {
    await expect(
      admin().package.freeze({
        periodId: h.period.id,
        submissionIds: [fx.included.submissionId, fx.excluded.submissionId],
      }),
    ).rejects.toMatchObject({ appCode: 'PACKAGE.SET_CHANGED', code: 'CONFLICT' });
    expect(await countRows()).toBe(0);
  });

  it('freezes once: the download is byte-identical to what was stored, and its sha256 is the recorded one', async () => {
    const preview = await admin().export.preview({ periodId: h.period.id });
    const snapshot = await admin().package.freeze({
      periodId: h.period.id,
      submissionIds: preview.innovations.map((i) => i.submissionId),
    });
    expect(snapshot).toMatchObject({
      sequence: 1,
      status: 'FROZEN',
      itemCount: 1,
      readyCount: 1,
      frozenBy: { id: h.users.admin.id },
      sentAt: null,
      verified: { iidX100: expectedRegion(verifiedTiers).iidX100 },
      claimed: { iidX100: expectedRegion(claimedTiers).iidX100 },
    });
    expect(snapshot.items).toEqual([
      expect.objectContaining({
        submissionId: fx.included.submissionId,
        name: 'Layanan Antar Obat',
        state: 'READY_TO_SEND',
        claimedMaturityX100: preview.innovations[0]!.claimedMaturityX100,
        verifiedMaturityX100: preview.innovations[0]!.verifiedMaturityX100,
      }),
    ]);
    // The stored file is the ZIP, under its own hash.
    const stored = await readFile(blobPath(snapshot.sha256));
    expect(sha256(stored)).toBe(snapshot.sha256);
    expect(stored.length).toBe(snapshot.size);

    const res = await download(snapshotZip(snapshot.id), 'admin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?iid-3318-2026-paket-1\.zip"?$/,
    );
    expect(res.headers.get('x-content-sha256')).toBe(snapshot.sha256);
    const bytes = res.body as Buffer;
    expect(Buffer.compare(bytes, stored)).toBe(0);
    expect(sha256(bytes)).toBe(snapshot.sha256);

    // Inside: the export's own package, its manifest the recorded one.
    const files = await unzip(bytes);
    const manifestJson = files.get('manifest.json')!;
    expect(sha256(manifestJson)).toBe(snapshot.manifestSha256);
    const manifest = JSON.parse(manifestJson.toString('utf8')) as {
      files: { path: string; sha256: string; size: number }[];
    };
    for (const entry of manifest.files) expect(sha256(files.get(entry.path)!)).toBe(entry.sha256);
    const detail = await h.callerFor('viewer').package.byId({ snapshotId: snapshot.id });
    expect(detail.files).toEqual(manifest.files);

    const audit = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'package.freeze', entityId: snapshot.id },
    });
    expect(audit.after).toMatchObject({ sha256: snapshot.sha256, sequence: 1 });
    const downloadAudit = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'export.download', entity: 'PackageSnapshot', entityId: snapshot.id },
    });
    expect(downloadAudit.after).toMatchObject({ sha256: snapshot.sha256 });

    const verified = await admin().package.verify({ snapshotId: snapshot.id });
    expect(verified).toMatchObject({ status: 'INTACT', actual: { sha256: snapshot.sha256 } });
    first = { id: snapshot.id, sha256: snapshot.sha256, size: snapshot.size, bytes };
  });

  it('keeps the stored snapshot when a submission changes after the freeze; the snapshot turns stale', async () => {
    const innovation = await h.prisma.innovation.update({
      where: { id: fx.included.innovationId },
      data: { name: 'Nama Diubah Setelah Beku' },
    });
    const row = await h.prisma.submission.findUniqueOrThrow({ where: { id: fx.included.submissionId } });
    const back = await admin().submission.unmarkReady({ submissionId: row.id, version: row.version });
    await admin().submission.markReady({ submissionId: row.id, version: back.version });

    const again = await download(snapshotZip(first.id), 'viewer');
    expect(again.status).toBe(200);
    expect(Buffer.compare(again.body as Buffer, first.bytes)).toBe(0);
    const files = await unzip(again.body as Buffer);
    expect(files.get('inovasi.csv')!.toString('utf8')).toContain('Layanan Antar Obat');
    expect(files.get('inovasi.csv')!.toString('utf8')).not.toContain(innovation.name);
    // The live export follows the change; the frozen one does not.
    const live = await admin().export.preview({ periodId: h.period.id });
    expect(live.innovations[0]!.name).toBe(innovation.name);

    const listed = await h.callerFor('viewer').package.list({ periodId: h.period.id });
    expect(listed).toEqual([
      expect.objectContaining({ id: first.id, sha256: first.sha256, status: 'STALE', itemCount: 1 }),
    ]);
    const detail = await admin().package.byId({ snapshotId: first.id });
    expect(detail.items[0]).toMatchObject({ name: 'Layanan Antar Obat', changed: true });
    await expect(admin().package.markSent({ snapshotId: first.id })).rejects.toMatchObject({
      appCode: 'PACKAGE.STALE',
      code: 'CONFLICT',
    });
    await expect(admin().package.markSent({ snapshotId: first.id })).rejects.toThrow(/Layanan Antar Obat/);
    expect(await h.prisma.submission.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      state: 'READY_TO_SEND',
      sentAt: null,
    });
  });

  it('leaves no row when the freeze fails while the ZIP is written (a corrupt evidence file)', async () => {
    const evidence = await h.prisma.evidenceFile.findFirstOrThrow({
      where: { answers: { some: { answer: { submissionId: fx.included.submissionId, code: '16' } } } },
    });
    const path = blobPath(evidence.sha256);
    const original = await readFile(path);
    const [rows, audits] = [await countRows(), await countFreezeAudits()];
    await writeFile(path, Buffer.concat([original.subarray(0, 100), Buffer.from('diubah')]));
    try {
      await expect(
        admin().package.freeze({ periodId: h.period.id, submissionIds: [fx.included.submissionId] }),
      ).rejects.toMatchObject({ appCode: 'INTERNAL' });
    } finally {
      await writeFile(path, original);
    }
    expect(await countRows()).toBe(rows);
    expect(await countFreezeAudits()).toBe(audits);
    // Nothing half-written is left in the store's staging area either.
    expect(await readdir(join(h.dataDir, 'evidence', '.staging')).catch(() => [])).toEqual([]);
  });

  it('leaves no row when the database fails after the snapshot row was written (items insert refused)', async () => {
    const [rows, audits] = [await countRows(), await countFreezeAudits()];
    await h.prisma
      .$executeRawUnsafe(`CREATE FUNCTION "test_refuse_item"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'test: item insert refused'; END; $$`);
    await h.prisma.$executeRawUnsafe(`CREATE TRIGGER "test_refuse_item" BEFORE INSERT ON "PackageSnapshotItem"
      FOR EACH ROW EXECUTE FUNCTION "test_refuse_item"()`);
    try {
      await expect(
        admin().package.freeze({ periodId: h.period.id, submissionIds: [fx.included.submissionId] }),
      ).rejects.toMatchObject({ appCode: 'INTERNAL' });
    } finally {
      await h.prisma.$executeRawUnsafe('DROP TRIGGER "test_refuse_item" ON "PackageSnapshotItem"');
      await h.prisma.$executeRawUnsafe('DROP FUNCTION "test_refuse_item"()');
    }
    expect(await countRows()).toBe(rows);
    expect(await countFreezeAudits()).toBe(audits);
  });

  it('marks a current snapshot sent: its submissions become SENT, once, referencing the snapshot', async () => {
    const second = await admin().package.freeze({
      periodId: h.period.id,
      submissionIds: [fx.included.submissionId],
    });
    expect(second).toMatchObject({ sequence: 2, status: 'FROZEN' });
    expect(second.sha256).not.toBe(first.sha256);
    await expect(h.callerFor('viewer').package.markSent({ snapshotId: second.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const sent = await admin().package.markSent({ snapshotId: second.id });
    expect(sent).toMatchObject({ id: second.id, status: 'SENT', sentBy: { id: h.users.admin.id } });
    expect(sent.sentAt).toBeInstanceOf(Date);
    const submission = await h.prisma.submission.findUniqueOrThrow({
      where: { id: fx.included.submissionId },
    });
    expect(submission).toMatchObject({ state: 'SENT', sentAt: sent.sentAt });
    const move = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'submission.mark_sent', entityId: submission.id },
    });
    expect(move.after).toMatchObject({ state: 'SENT', snapshotId: second.id, sequence: 2 });
    expect(
      await h.prisma.auditEvent.count({ where: { action: 'package.mark-sent', entityId: second.id } }),
    ).toBe(1);
    await expect(admin().package.markSent({ snapshotId: second.id })).rejects.toMatchObject({
      appCode: 'PACKAGE.ALREADY_SENT',
    });
    // The stale first snapshot stays unsent, the sent one keeps its bytes.
    const listed = await admin().package.list({ periodId: h.period.id });
    expect(listed.map((s) => [s.sequence, s.status])).toEqual([
      [2, 'SENT'],
      [1, 'STALE'],
    ]);
    expect((await admin().package.verify({ snapshotId: second.id })).status).toBe('INTACT');
    // With everything sent, there is nothing new to freeze.
    await expect(
      admin().package.freeze({ periodId: h.period.id, submissionIds: [fx.included.submissionId] }),
    ).rejects.toMatchObject({ appCode: 'PACKAGE.NOTHING_READY' });
  });

  it('verify notices a stored file changed or removed on disk; the download is cut, never complete', async () => {
    const path = blobPath(first.sha256);
    const tampered = Buffer.from(first.bytes);
    const at = tampered.length - 30;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
    await writeFile(path, tampered);
    const result = await h.callerFor('viewer').package.verify({ snapshotId: first.id });
    expect(result).toMatchObject({
      status: 'ALTERED',
      expected: { sha256: first.sha256, size: first.size },
      actual: { sha256: sha256(tampered), size: first.size },
    });
    const audit = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'package.verify', entityId: first.id },
      orderBy: { id: 'desc' },
    });
    expect(audit.after).toMatchObject({ status: 'ALTERED' });
    const cut = await download(snapshotZip(first.id), 'admin');
    expect(cut.body).toBe('cut');

    await rm(path);
    expect((await admin().package.verify({ snapshotId: first.id })).status).toBe('MISSING');
    const missing = await download(snapshotZip(first.id), 'admin');
    expect(missing.status).toBe(500);
    expect(JSON.parse((missing.body as Buffer).toString())).toMatchObject({
      appCode: 'PACKAGE.FILE_MISSING',
    });
    await writeFile(path, first.bytes);
    expect((await admin().package.verify({ snapshotId: first.id })).status).toBe('INTACT');
  });

  it('refuses other roles, other regions and anonymous callers, on procedures and on the download', async () => {
    for (const who of ['verifier', 'operator', 'otherUnitOperator'] as const) {
      expect((await download(snapshotZip(first.id), who)).status).toBe(403);
      await expect(h.callerFor(who).package.list({ periodId: h.period.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(h.callerFor(who).package.verify({ snapshotId: first.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const other = await download(snapshotZip(first.id), 'otherRegion');
    expect(other.status).toBe(403);
    expect(JSON.parse((other.body as Buffer).toString())).toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
    for (const call of [
      () => h.callerFor('otherRegion').package.byId({ snapshotId: first.id }),
      () => h.callerFor('otherRegion').package.verify({ snapshotId: first.id }),
      () => h.callerFor('otherRegion').package.markSent({ snapshotId: first.id }),
      () => h.callerFor('otherRegion').package.list({ periodId: h.period.id }),
      () =>
        h.callerFor('otherRegion').package.freeze({
          periodId: h.period.id,
          submissionIds: [fx.included.submissionId],
        }),
    ]) {
      await expect(call()).rejects.toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
    }
    expect((await download(snapshotZip(first.id), null)).status).toBe(401);
    expect((await download(snapshotZip('nope'), 'admin')).status).toBe(404);
  });
});
