// inovda-admin init on a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL): the first region and
// its ADMIN, who can then sign in; never twice; never a password it did not generate in its output.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyTestDb, createTestDb, testBackends, type TestDb } from '@inovda/db/testing';
import request from 'supertest';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../auth/config.ts';
import { createJsonLogger } from '../log/logger.ts';
import { createServer } from '../server.ts';
import { type InitOptions, parseTimeZone, runInit } from './init.ts';
import { AdminError } from './io.ts';
import { scriptedIo } from './testing.ts';

const dir = mkdtempSync(join(tmpdir(), 'inovda-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PASSWORD = 'Bapperida-Pati-2026';
const FLAGS = {
  regionName: 'Kabupaten Pati',
  regionCode: '33.18',
  timeZone: 'WIB',
  adminName: 'Admin Bapperida',
  adminEmail: 'Bapperida@PatiKab.go.id',
} satisfies Partial<InitOptions>;

function login(db: TestDb, email: string, password: string, newPassword?: string) {
  const app = createServer({
    prisma: db.prisma,
    auth: DEFAULT_AUTH_CONFIG,
    logger: createJsonLogger({ level: 'silent' }),
  });
  return request(app)
    .post('/trpc/auth.login')
    .send({ json: { email, password, ...(newPassword ? { newPassword } : {}) } });
}

describe('parseTimeZone', () => {
  it.each([
    ['WIB', 'Asia/Jakarta'],
    ['wita', 'Asia/Makassar'],
    [' WIT ', 'Asia/Jayapura'],
    ['Asia/Makassar', 'Asia/Makassar'],
    ['Asia/Singapore', null],
    ['', null],
  ])('%j -> %s', (input, zone) => expect(parseTimeZone(input)).toBe(zone));
});

// Migrating an empty PGlite database takes tens of seconds on a loaded 2-core machine.
describe.each(testBackends())('inovda-admin init on %s', { timeout: 300_000 }, (backend) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('migrates an empty database, creates the region and an ADMIN who signs in with the chosen password', async () => {
    db = await createEmptyTestDb(backend);
    const io = scriptedIo({ interactive: false, stdin: `${PASSWORD}\n` });
    await runInit(db, { ...FLAGS, password: 'stdin' }, io);

    const region = await db.prisma.region.findFirstOrThrow();
    expect(region).toMatchObject({
      code: '33.18',
      name: 'Kabupaten Pati',
      provinceCode: '33',
      timeZone: 'Asia/Jakarta',
    });
    const admin = await db.prisma.user.findFirstOrThrow();
    expect(admin).toMatchObject({
      email: 'bapperida@patikab.go.id',
      role: 'ADMIN',
      regionId: region.id,
      mustChangePassword: false,
    });
    expect(await db.prisma.auditEvent.findMany({ select: { action: true }, orderBy: { id: 'asc' } })).toEqual(
      [{ action: 'region.init' }, { action: 'user.create' }],
    );
    expect(io.printed()).not.toContain(PASSWORD);
    expect(io.printed()).toContain('Kabupaten Pati (33.18, WIB)');

    const res = await login(db, 'bapperida@patikab.go.id', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ result: { data: { json: { role: 'ADMIN' } } } });
  });

  it('refuses to run twice, with a clear message, and changes nothing', async () => {
    db = await createTestDb({ backend });
    const passwordFile = join(dir, `password-${backend}`);
    writeFileSync(passwordFile, `${PASSWORD}\n`);
    await runInit(db, { ...FLAGS, password: 'file', passwordFile }, scriptedIo({ interactive: false }));
    const again = await runInit(
      db,
      { ...FLAGS, regionCode: '33.17', adminEmail: 'lain@rembangkab.go.id', password: 'file', passwordFile },
      scriptedIo({ interactive: false }),
    ).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(AdminError);
    expect((again as Error).message).toMatch(
      /sudah diinisialisasi[\s\S]*Kabupaten Pati \(33\.18\)[\s\S]*already initialised/,
    );
    expect(await db.prisma.region.count()).toBe(1);
    expect(await db.prisma.user.count()).toBe(1);
  });

  it('asks on a terminal, with the password typed twice unseen, and a one-time password must be changed at first sign-in', async () => {
    db = await createTestDb({ backend });
    const io = scriptedIo({
      interactive: true,
      answers: ['Kota Ambon', '81.71', 'WIT', 'Admin Ambon', 'admin@ambon.go.id'],
    });
    await runInit(db, { password: 'one-time' }, io);
    expect(io.asked).toHaveLength(5);
    const shown = /kata sandi sekali pakai[^:]*: (\S+)/i.exec(io.printed())?.[1];
    expect(shown).toMatch(/^[\w-]{19}$/);
    expect(io.printed().split(shown!).length - 1).toBe(2); // once per language, in one message
    const admin = await db.prisma.user.findFirstOrThrow();
    expect(admin.mustChangePassword).toBe(true);
    expect((await db.prisma.region.findFirstOrThrow()).timeZone).toBe('Asia/Jayapura');

    const refused = await login(db, 'admin@ambon.go.id', shown!);
    expect(refused.body).toMatchObject({
      error: { json: { data: { appCode: 'AUTH.PASSWORD_CHANGE_REQUIRED' } } },
    });
    const changed = await login(db, 'admin@ambon.go.id', shown!, PASSWORD);
    expect(changed.status).toBe(200);
    expect((await login(db, 'admin@ambon.go.id', PASSWORD)).status).toBe(200);
  });

  it('explains bad input in Indonesian and English and writes nothing', async () => {
    db = await createTestDb({ backend });
    const attempt = (
      options: Partial<InitOptions>,
      io = scriptedIo({ interactive: false, stdin: PASSWORD }),
    ) =>
      runInit(db!, { ...FLAGS, password: 'stdin', ...options }, io).then(
        () => '',
        (error: unknown) => (error as Error).message,
      );
    expect(await attempt({ regionCode: '3318' })).toMatch(
      /Kode daerah Kemendagri[\s\S]*Kemendagri region code/,
    );
    expect(await attempt({ timeZone: 'WITB' })).toMatch(/WIB, WITA atau WIT[\s\S]*WIB, WITA or WIT/);
    expect(await attempt({ adminEmail: 'bukan-email' })).toMatch(/e-mail ADMIN tidak sah/);
    expect(await attempt({}, scriptedIo({ interactive: false, stdin: 'pendek' }))).toMatch(
      /10 sampai 128 karakter[\s\S]*10 to 128 characters/,
    );
    expect(await attempt({ regionName: undefined })).toMatch(/--region-name wajib diisi[\s\S]*is required/);
    expect(await attempt({ password: 'one-time' })).toMatch(
      /hanya ditampilkan di terminal[\s\S]*--password-stdin/,
    );
    expect(await attempt({ password: 'prompt' })).toMatch(/Tidak ada terminal/);
    const mismatch = scriptedIo({ interactive: true, answers: [PASSWORD, `${PASSWORD}x`] });
    expect(await attempt({ password: 'prompt' }, mismatch)).toMatch(/tidak sama[\s\S]*differ/);
    expect(await db.prisma.region.count()).toBe(0);
    expect(await db.prisma.user.count()).toBe(0);
  });
});
