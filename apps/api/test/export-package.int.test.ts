// The submission package: export.preview, the streamed ZIP (unzipped with yauzl, every manifest hash checked),
// a corrupt blob aborting the archive, and the role and region checks of the downloads.
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scoreInnovation } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localBlobPath } from '../src/storage/index.ts';
import {
  claimedTiers,
  expectedRegion,
  openExportApp,
  pack,
  verifiedTiers,
  type ExportApp,
} from './export-app.ts';
import type { ExportFixture } from './export-fixtures.ts';
import { sha256, unzip } from './export-readers.ts';
import type { Harness, UserKey } from './harness.ts';

describe('export package', () => {
  let t: ExportApp;
  let h: Harness;
  let fx: ExportFixture;
  beforeAll(async () => {
    t = await openExportApp();
    ({ h, fx } = t);
  });
  afterAll(() => t.close());
  const get = (path: string, who: UserKey | null) => t.get(path, who);

  it('previews only READY_TO_SEND/SENT submissions chosen for the send, with both IID projections', async () => {
    const preview = await h.callerFor('admin').export.preview({ periodId: h.period.id });
    expect(preview.innovations.map((i) => i.submissionId)).toEqual([fx.included.submissionId]);
    expect(preview.totals).toMatchObject({ innovations: 1, excluded: 1, evidenceFiles: 5 });
    expect(preview.innovations[0]).toMatchObject({
      claimedMaturityX100: scoreInnovation(pack, claimedTiers).maturityX100,
      verifiedMaturityX100: scoreInnovation(pack, verifiedTiers).maturityX100,
      evidenceCount: 5,
    });
    expect(preview.verified.iid).toBe(expectedRegion(verifiedTiers).iid);
    expect(preview.claimed.iid).toBe(expectedRegion(claimedTiers).iid);
    expect(preview.verified.predicate).toBe(expectedRegion(verifiedTiers).predicate);
    expect(preview.files).toContain('manifest.json');
    expect(preview.files.filter((f) => f.startsWith('bukti/001-layanan-antar-obat/17-1-'))).toHaveLength(1);
    expect(await h.callerFor('viewer').export.preview({ periodId: h.period.id })).toEqual(preview);
  });

  it('streams a ZIP whose manifest hashes match every file inside, audited with the manifest hash', async () => {
    const res = await get(`/exports/${h.period.id}/package.zip`, 'admin').expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const files = await unzip(res.body as Buffer);
    const manifestJson = files.get('manifest.json')!;
    const manifest = JSON.parse(manifestJson.toString('utf8')) as {
      files: { path: string; sha256: string; size: number }[];
      innovations: { name: string }[];
    };
    expect(sha256(manifestJson)).toBe(res.headers['x-manifest-sha256']);
    expect([...files.keys()].filter((name) => name !== 'manifest.json').sort()).toEqual(
      manifest.files.map((f) => f.path).sort(),
    );
    for (const entry of manifest.files) {
      const content = files.get(entry.path)!;
      expect({ path: entry.path, sha256: sha256(content), size: content.length }).toEqual(entry);
    }
    expect(manifest.innovations.map((i) => i.name)).toEqual(['Layanan Antar Obat']);
    const names = [...files.keys()];
    expect(names).toContain('inovasi.xlsx');
    expect(names).toContain('inovasi.csv');
    expect(names).toContain('profil/001-layanan-antar-obat.pdf');
    expect(names).toContain('bukti/001-layanan-antar-obat/35-1-video-inovasi.mp4');
    expect(names.some((n) => n.includes('tidak-dikirim') || n.includes('belum-dibekukan'))).toBe(false);
    const audit = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'export.download', entityId: h.period.id },
      orderBy: { id: 'desc' },
    });
    expect((audit.after as { manifestSha256: string }).manifestSha256).toBe(sha256(manifestJson));
  });

  it('builds a package once per content and replays its ZIP; a change to the package builds a new one', async () => {
    const cacheDir = join(t.dataDir, 'package-cache');
    const zips = async () =>
      (await readdir(cacheDir).catch(() => [] as string[])).filter((name) => name.endsWith('.zip'));
    const download = async () => {
      const started = performance.now();
      const res = await get(`/exports/${h.period.id}/package.zip`, 'admin').expect(200);
      return { body: res.body as Buffer, ms: performance.now() - started };
    };
    const region = await h.prisma.region.findUniqueOrThrow({ where: { id: h.region.id } });
    try {
      // Content no earlier test has downloaded, so the first download builds.
      await h.prisma.region.update({ where: { id: region.id }, data: { name: 'Kabupaten Uji Cache' } });
      const first = await download();
      const built = await zips();
      expect(built).toHaveLength(1);
      const builtAt = (await stat(join(cacheDir, built[0]!))).mtimeMs;
      const second = await download();
      expect(second.body.equals(first.body)).toBe(true);
      expect(await zips()).toEqual(built);
      expect((await stat(join(cacheDir, built[0]!))).mtimeMs).toBe(builtAt);
      console.log(
        `package.zip (${first.body.length} B): first download ${first.ms.toFixed(0)} ms, second ${second.ms.toFixed(0)} ms`,
      );
      // The package changes (here the region's name): a new ZIP replaces the old one.
      await h.prisma.region.update({ where: { id: region.id }, data: { name: 'Kabupaten Uji Cache Baru' } });
      const changed = await download();
      expect(changed.body.equals(first.body)).toBe(false);
      const manifest = JSON.parse((await unzip(changed.body)).get('manifest.json')!.toString('utf8')) as {
        region: { name: string };
      };
      expect(manifest.region.name).toBe('Kabupaten Uji Cache Baru');
      const rebuilt = await zips();
      expect(rebuilt).toHaveLength(1);
      expect(rebuilt).not.toEqual(built);
    } finally {
      await h.prisma.region.update({ where: { id: region.id }, data: { name: region.name } });
    }
  });

  it('aborts the ZIP when an evidence blob does not match its address', async () => {
    const corrupt = await fx.storage.put(Buffer.from('%PDF-1.4 asli'));
    const evidence = await h.prisma.evidenceFile.create({
      data: {
        regionId: h.region.id,
        sha256: corrupt.sha256,
        size: corrupt.size,
        kind: 'PDF',
        mimeType: 'application/pdf',
        originalName: 'rusak.pdf',
      },
    });
    const answer = await h.prisma.indicatorAnswer.findFirstOrThrow({
      where: { submissionId: fx.included.submissionId, code: '16' },
    });
    await h.prisma.answerEvidence.create({ data: { answerId: answer.id, evidenceId: evidence.id } });
    await writeFile(localBlobPath(join(t.dataDir, 'evidence'), corrupt.sha256), 'diubah');
    try {
      const outcome = await get(`/exports/${h.period.id}/package.zip`, 'admin').then(
        async (res) =>
          unzip(res.body as Buffer).then(
            () => 'complete zip',
            () => 'broken zip',
          ),
        () => 'connection cut',
      );
      expect(outcome).not.toBe('complete zip');
    } finally {
      await h.prisma.answerEvidence.delete({
        where: { answerId_evidenceId: { answerId: answer.id, evidenceId: evidence.id } },
      });
    }
  });

  it('refuses a package download started by a link on another site (Sec-Fetch-Site), before building it', async () => {
    const audits = () => h.prisma.auditEvent.count({ where: { action: 'export.download' } });
    const before = await audits();
    for (const site of ['cross-site', 'same-site']) {
      const res = await get(`/exports/${h.period.id}/package.zip`, 'admin').set('Sec-Fetch-Site', site);
      expect(res.status).toBe(403);
      expect(JSON.parse((res.body as Buffer).toString())).toMatchObject({ appCode: 'REQUEST.CROSS_SITE' });
    }
    expect(await audits()).toBe(before);
    const own = await get(`/exports/${h.period.id}/innovations.csv`, 'admin').set(
      'Sec-Fetch-Site',
      'same-origin',
    );
    expect(own.status).toBe(200);
  });

  it('refuses other roles, other regions and anonymous callers', async () => {
    for (const who of ['verifier', 'operator', 'otherUnitOperator'] as const) {
      expect((await get(`/exports/${h.period.id}/package.zip`, who)).status).toBe(403);
      expect((await get(`/exports/innovation/${fx.included.innovationId}/profile.pdf`, who)).status).toBe(
        403,
      );
    }
    const other = await get(`/exports/${h.period.id}/innovations.xlsx`, 'otherRegion');
    expect(other.status).toBe(403);
    expect((JSON.parse((other.body as Buffer).toString()) as { appCode: string }).appCode).toBe(
      'SCOPE.OUT_OF_SCOPE',
    );
    expect(
      (await get(`/exports/innovation/${fx.included.innovationId}/profile.pdf`, 'otherRegion')).status,
    ).toBe(404);
    expect((await get(`/exports/${h.period.id}/innovations.csv`, null)).status).toBe(401);
    await expect(h.callerFor('otherRegion').export.preview({ periodId: h.period.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.callerFor('verifier').export.preview({ periodId: h.period.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
