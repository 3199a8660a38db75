// The national submission package: export.preview and the HTTP downloads (XLSX, CSV, PDF, ZIP) on a real
// database and a real local evidence store, opened with independent readers (exceljs, yauzl, zlib).
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { inflateSync } from 'node:zlib';
import { getEdition, scoreInnovation, scoreRegion } from '@inovda/domain';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { createSession, SESSION_COOKIE } from '../src/auth/session.ts';
import { createExportRouter } from '../src/exports/export-routes.ts';
import { createServer } from '../src/server.ts';
import { createExportFixture, type ExportFixture } from './export-fixtures.ts';
import { createHarness, type Harness, type UserKey } from './harness.ts';

const pack = getEdition('iga-2026')!;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function binary(res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(files));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

/** The text drawn in a PDF: content streams inflated, hex strings of the TJ/Tj operators decoded and joined. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      parts.push(
        [...op[1]!.matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
          .join(''),
      );
    }
  }
  return parts.join('\n');
}

describe('exports', () => {
  let h: Harness;
  let dataDir: string;
  let fx: ExportFixture;
  let app: ReturnType<typeof createServer>;
  const cookies = {} as Record<UserKey, string>;

  beforeAll(async () => {
    h = await createHarness();
    dataDir = await mkdtemp(join(tmpdir(), 'inovda-export-'));
    fx = await createExportFixture(h, dataDir);
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
    app = createServer({
      prisma: h.prisma,
      auth: h.auth,
      exports: createExportRouter({ prisma: h.prisma, storage: fx.storage, auth: h.auth }),
    });
  });
  afterAll(async () => {
    await h.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const get = (path: string, who: UserKey | null) => {
    // supertest types the parser with superagent's response; at run time it is the Node response stream.
    const req = request(app)
      .get(path)
      .buffer(true)
      .parse(binary as unknown as Parameters<request.Test['parse']>[0]);
    return who ? req.set('Cookie', cookies[who]) : req;
  };

  // Claimed: 16, 17, 32, 33, 35 at tier 2. Verified: the same but 17 downgraded to 1.
  const claimedTiers = { '16': 2, '17': 2, '32': 2, '33': 2, '35': 2 };
  const verifiedTiers = { ...claimedTiers, '17': 1 };
  const expectedRegion = (tiers: Record<string, number>) =>
    scoreRegion(pack, {
      spd: { '1': 3 },
      innovations: [
        { id: 'x', maturityX100: scoreInnovation(pack, tiers).maturityX100, urusan: 'kesehatan' },
      ],
    });

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

  it('writes the national form workbook with profile columns, parameter texts and tiers', async () => {
    const res = await get(`/exports/${h.period.id}/innovations.xlsx`, 'admin').expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="?iid-3318-2026-inovasi\.xlsx"?$/,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Inovasi', 'SPD', 'Ringkasan']);
    const sheet = workbook.getWorksheet('Inovasi')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(sheet.rowCount).toBe(2);
    expect(cell('Nama inovasi')).toBe('Layanan Antar Obat');
    expect(cell('Unit / OPD pelaksana')).toBe('Unit DINAS-A');
    expect(cell('Tahapan inovasi')).toBe('Penerapan');
    expect(cell('Jenis inovasi')).toBe('Digital');
    expect(cell('Bentuk inovasi')).toBe('Pelayanan publik');
    expect(cell('Waktu penerapan')).toBe('2025-02-01');
    expect(cell('Rancang bangun: Dasar hukum')).toMatch(/^hukum0 hukum1 /);
    expect(cell('Tujuan inovasi')).toBe('Mendekatkan layanan obat kepada pasien kronis.');
    expect(cell('Anggaran')).toBe('Rp 15.000.000 (APBD)');
    expect(cell('Video inovasi')).toBe('https://youtu.be/abc');
    // A string cell, never a formula, in the workbook.
    expect(cell('Nama inisiator')).toBe('=HYPERLINK("http://x")');
    const i17 = pack.sid.find((s) => s.code === '17')!;
    const label17 = `17. ${i17.name}`;
    expect(cell(`${label17}: parameter`)).toBe(i17.options.find((o) => o.tier === 2)!.text);
    expect(cell(`${label17}: tingkat klaim`)).toBe(2);
    expect(cell(`${label17}: tingkat terverifikasi`)).toBe(1);
    const label18 = `18. ${pack.sid.find((s) => s.code === '18')!.name}`;
    expect(cell(`${label18}: tingkat klaim`)).toBe(0);
    expect(header.filter((name) => name.endsWith(': parameter'))).toHaveLength(pack.sid.length);
    expect(cell('Kematangan terverifikasi')).toBe(scoreInnovation(pack, verifiedTiers).maturityX100 / 100);

    const spd = workbook.getWorksheet('SPD')!;
    expect(spd.rowCount).toBe(pack.spd.length + 1);
    expect(spd.getRow(2).getCell(5).value).toBe(3);
    const summary = workbook.getWorksheet('Ringkasan')!;
    const values = new Map<string, unknown>();
    summary.eachRow((r) => values.set(r.getCell(1).text, r.getCell(2).value));
    expect(values.get('Terverifikasi: IID')).toBe(expectedRegion(verifiedTiers).iid);
    expect(values.get('Klaim: IID')).toBe(expectedRegion(claimedTiers).iid);
    expect(values.get('Jumlah inovasi dikirim')).toBe(1);

    const audit = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'export.download', entityId: h.period.id },
      orderBy: { id: 'desc' },
    });
    expect(audit.actorId).toBe(h.users.admin.id);
    expect((audit.after as { sha256: string }).sha256).toBe(sha256(res.body as Buffer));
  });

  it('writes the innovations sheet as a UTF-8 CSV with BOM and ";" that parses back', async () => {
    const res = await get(`/exports/${h.period.id}/innovations.csv`, 'viewer').expect(200);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([body.subarray(3)]), {
      parserOptions: { delimiter: ';' },
    });
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header[1]).toBe('Nama inovasi');
    expect(sheet.getRow(2).getCell(header.indexOf('Nama inovasi') + 1).value).toBe('Layanan Antar Obat');
    expect(sheet.getRow(2).getCell(header.indexOf('Anggaran') + 1).value).toBe('Rp 15.000.000 (APBD)');
    // Neutralised for spreadsheet programs in the CSV.
    expect(sheet.getRow(2).getCell(header.indexOf('Nama inisiator') + 1).value).toBe(
      '\'=HYPERLINK("http://x")',
    );
    expect(sheet.rowCount).toBe(2);
  });

  it('prints a PDF profile with the innovation name and a signature block', async () => {
    const res = await get(`/exports/innovation/${fx.included.innovationId}/profile.pdf`, 'admin').expect(200);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('profil-layanan-antar-obat.pdf');
    const text = pdfText(pdf);
    expect(text).toContain('Layanan Antar Obat');
    expect(text).toContain('PROFIL INOVASI DAERAH');
    expect(text).toContain('NIP.');
    expect(text).toContain('Kepala Unit DINAS-A');
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
    const { writeFile } = await import('node:fs/promises');
    const { localBlobPath } = await import('../src/storage/index.ts');
    await writeFile(localBlobPath(join(dataDir, 'evidence'), corrupt.sha256), 'diubah');
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
