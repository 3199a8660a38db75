// The start command's checks: a taken port and an unwritable data directory fail with a clear message.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../log/logger.ts';
import { announceReady, formatBanner } from './banner.ts';
import { assertDataDirWritable, StartupError } from './data-dir.ts';
import { bindPort } from './listen.ts';

const dir = mkdtempSync(join(tmpdir(), 'inovda-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ port, host: '127.0.0.1', path: '/healthz' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('bindPort', () => {
  it('answers 503 until the app is attached, then the app', async () => {
    const binding = await bindPort(0, '127.0.0.1');
    const { port } = binding.server.address() as AddressInfo;
    try {
      expect(await get(port)).toEqual({ status: 503, body: '{"ok":false,"starting":true}' });
      binding.serve((_req, res) => res.end('ready'));
      expect(await get(port)).toEqual({ status: 200, body: 'ready' });
    } finally {
      await new Promise((resolve) => binding.server.close(resolve));
    }
  });

  it('refuses a taken port with a message that names PORT, in both languages', async () => {
    const first = await bindPort(0, '127.0.0.1');
    const { port } = first.server.address() as AddressInfo;
    try {
      const error = await bindPort(port, '127.0.0.1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toContain(`Port ${port} sudah dipakai`);
      expect((error as Error).message).toContain(`PORT=${port + 1} pnpm start`);
      expect((error as Error).message).toContain('is already in use');
    } finally {
      await new Promise((resolve) => first.server.close(resolve));
    }
  });
});

describe('assertDataDirWritable', () => {
  it('creates a missing directory and leaves no probe behind', () => {
    const target = join(dir, 'nested', 'data');
    assertDataDirWritable(target);
    assertDataDirWritable(target);
  });

  it('explains an unusable path in Indonesian and English', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(() => assertDataDirWritable(join(file, 'data'))).toThrow(StartupError);
    expect(() => assertDataDirWritable(join(file, 'data'))).toThrow(
      /tidak dapat ditulis[\s\S]*is not writable[\s\S]*INOVDA_DATA_DIR/,
    );
  });
});

const DEMO_ADMIN = {
  email: 'admin@demo.inovda.id',
  name: 'Admin',
  role: 'ADMIN',
  unitShort: null,
  unitName: null,
} as const;
const base = {
  url: 'http://localhost:3000',
  dataDir: '/data',
  database: 'PGlite /data/db',
  adminServed: true,
  password: 'inovda-demo',
};

describe('formatBanner', () => {
  it('prints the URL and every demo account with the password when the demo is there', () => {
    const text = formatBanner({ ...base, demoAccounts: [DEMO_ADMIN], needsInit: false });
    expect(text).toContain('http://localhost:3000');
    expect(text).toContain('inovda-demo');
    expect(text).toMatch(/admin@demo\.inovda\.id\s+ADMIN/);
    expect(text).not.toContain('inovda-admin init');
  });

  it('names no demo account and no password without the demo, and asks for init on an empty database', () => {
    const text = formatBanner({ ...base, demoAccounts: [], needsInit: true });
    expect(text).not.toContain('inovda-demo');
    expect(text).not.toContain('demo.inovda.id');
    expect(text).toContain('Belum ada daerah');
    expect(text).toContain('pnpm inovda-admin init');
    expect(formatBanner({ ...base, demoAccounts: [], needsInit: false })).not.toContain('init');
  });
});

describe('announceReady in JSON logs', () => {
  it('logs one ready line with fields and a warning when init is needed, never the password', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createJsonLogger({
      destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    announceReady(logger, 'json', { ...base, demoAccounts: [DEMO_ADMIN], needsInit: true });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 'info',
      event: 'ready',
      url: 'http://localhost:3000',
      demoAccounts: ['admin@demo.inovda.id'],
    });
    expect(lines[1]).toMatchObject({ level: 'warn', event: 'needs-init' });
    expect(JSON.stringify(lines)).not.toContain('inovda-demo');
  });
});
