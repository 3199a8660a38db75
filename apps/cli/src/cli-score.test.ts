import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runInovda, runProcess } from './test-support/run-inovda.ts';

const dir = mkdtempSync(join(tmpdir(), 'inovda-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const portfolio = {
  edition: 'iga-2026',
  spd: { '1': 3, '2a': 2, '5a': 1 },
  innovations: [
    { id: 'x1', name: 'Sapa Warga', urusan: 'kesehatan', indicators: { '16': 3, '17': 2, '35': 1 } },
    { id: 'x2', name: 'Sekolah Ramah', urusan: 'pendidikan', indicators: { '16': 1, '33': 3 } },
  ],
};
const text = JSON.stringify(portfolio);
mkdirSync(join(dir, 'data'));
writeFileSync(join(dir, 'data', 'pati.json'), text);

// SPD 1x3 + 1x2 + 0.75x1 = 5.75; x1 = 9 + 4 + 4 = 17; x2 = 3 + 9 = 12; SID = 29/12 (k = 12), no count score
// (2 yandas < 5). Total 5.75 + 29/12 = 8.1666..., IID = 3.2666... -> 3.27.
const expected = {
  edition: 'iga-2026',
  spd: 5.75,
  innovationCount: 2,
  divisor: 12,
  averageMaturity: 2.4167,
  yandasCovered: 2,
  countScore: 0,
  sid: 2.4167,
  total: 8.1667,
  iid: 3.27,
  predicate: 'KURANG_INOVATIF',
  innovations: [
    { id: 'x1', maturity: 17 },
    { id: 'x2', maturity: 12 },
  ],
};

describe('inovda score', () => {
  it('prints exactly one JSON object for a file path relative to where the user ran it', async () => {
    const run = await runInovda(['score', '--json', 'data/pati.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual(expected);
  });

  it('reads stdin for -', async () => {
    const run = await runInovda(['score', '--json', '-'], { cwd: dir, input: text });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual(expected);
  });

  it('prints a readable Indonesian table without --json, and English with --lang en', async () => {
    const id = await runInovda(['score', 'data/pati.json'], { cwd: dir });
    expect(id.status).toBe(0);
    expect(id.stdout).toContain('Predikat');
    expect(id.stdout).toContain('Kurang Inovatif');
    expect(id.stdout).toMatch(/IID\s+3,27/);
    expect(id.stdout).toContain('Sapa Warga');
    const en = await runInovda(['score', '--lang', 'en', 'data/pati.json'], { cwd: dir });
    expect(en.stdout).toContain('Predicate');
    expect(en.stdout).toMatch(/IID\s+3\.27/);
  });

  it('prints help and version', async () => {
    const help = await runInovda(['--help'], { cwd: dir });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('inovda score');
    const version = await runInovda(['--version'], { cwd: dir });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('works through `pnpm --silent inovda` from a subdirectory of the repo, exit codes included', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const from = join(root, 'packages');
    const env = { ...process.env };
    delete env.INIT_CWD;
    const file = relative(from, join(dir, 'data', 'pati.json'));
    const run = await runProcess('pnpm', ['--silent', 'inovda', 'score', '--json', file], { cwd: from, env });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toStrictEqual(expected);
    writeFileSync(join(dir, 'broken.json'), '{');
    const bad = await runProcess(
      'pnpm',
      ['--silent', 'inovda', 'score', relative(from, join(dir, 'broken.json'))],
      {
        cwd: from,
        env,
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('broken.json:1:2');
  });

  it('the bin of package.json is the bundle, which runs alone: no node_modules, no TypeScript loader', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      bin: { inovda: string };
      dependencies?: Record<string, string>;
    };
    expect(pkg.bin.inovda).toBe('./dist/inovda.mjs');
    expect(pkg.dependencies ?? {}).toEqual({});
    const alone = join(dir, 'installed');
    cpSync(dirname(BIN), join(alone, 'dist'), { recursive: true });
    const env = { ...process.env, INIT_CWD: '/nonexistent', NODE_PATH: '' };
    const run = await runProcess(
      process.execPath,
      [join(alone, 'dist', 'inovda.mjs'), 'score', '--json', 'data/pati.json'],
      {
        cwd: dir,
        env,
      },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toStrictEqual(expected);
  });
});
