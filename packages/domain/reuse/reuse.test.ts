// What a reuser does, end to end: `pnpm pack` the library (prepack builds dist/), install the tarball with
// plain npm into an empty project outside the workspace, then score from plain Node ESM and CommonJS and
// type-check a TypeScript consumer in NodeNext strict mode. Run by `pnpm --filter @inovda/domain test:reuse`
// (and .ci/run); not part of `pnpm test` because it packs, builds and installs (about a minute).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorePortfolioDocument } from '../src/index.ts';
import {
  CONFORMANCE_MJS,
  CONSUMER_CTS,
  CONSUMER_MTS,
  CONSUMER_TSCONFIG,
  PORTFOLIO,
  RUN_CJS,
  RUN_MJS,
} from './consumer-files.ts';

const DOMAIN = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'inovda-reuse-'));
const project = join(work, 'project');
let tarball = '';
let packed: { package: Record<string, unknown>; files: string[] };

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  run('pnpm', ['pack', '--pack-destination', work], DOMAIN);
  const name = readdirSync(work).find((file) => file.endsWith('.tgz'));
  if (name === undefined) throw new Error('pnpm pack wrote no tarball');
  tarball = join(work, name);
  const listing = run('tar', ['-tzf', tarball], work).trim().split('\n');
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], work)) as Record<
    string,
    unknown
  >;
  packed = { package: manifest, files: listing.map((file) => file.replace(/^package\//, '')) };

  // An empty project, outside the workspace, installed by plain npm from the tarball alone.
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'reuser', private: true }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
  writeFileSync(join(project, 'portfolio.json'), JSON.stringify(PORTFOLIO));
  writeFileSync(join(project, 'run.mjs'), RUN_MJS);
  writeFileSync(join(project, 'run.cjs'), RUN_CJS);
  writeFileSync(join(project, 'conformance.mjs'), CONFORMANCE_MJS);
  writeFileSync(join(project, 'consumer.mts'), CONSUMER_MTS);
  writeFileSync(join(project, 'consumer.cts'), CONSUMER_CTS);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG, null, 2));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed @inovda/domain', () => {
  it('is a publishable package: no catalog or workspace versions, licensed, typed entry points', () => {
    const manifest = packed.package;
    expect(JSON.stringify(manifest)).not.toMatch(/catalog:|workspace:/);
    expect(manifest).toMatchObject({
      name: '@inovda/domain',
      license: 'Apache-2.0',
      engines: { node: expect.any(String) as unknown },
      repository: { type: 'git' },
      exports: {
        '.': {
          import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
          require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
        },
      },
    });
    expect(manifest.private).toBeUndefined();
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect((manifest.dependencies as Record<string, string>).zod).toMatch(/^\^?\d+\.\d+\.\d+$/);
  });

  it('ships dist, rules, conformance and docs, and no sources, tests, benches or tsconfig', () => {
    const { files } = packed;
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'dist/index.mjs', 'dist/index.cjs']) {
      expect(files).toContain(file);
    }
    expect(files).toContain('rules/iga-2026.json');
    expect(files.some((file) => file.startsWith('conformance/'))).toBe(true);
    expect(files.filter((file) => /^(src|bench|scripts|reuse)\/|\.test\.|tsconfig/.test(file))).toEqual([]);
  });

  it('scores from plain Node ESM and CommonJS exactly as the library does in the workspace', () => {
    const expected = scorePortfolioDocument(PORTFOLIO);
    expect(expected.ok && expected.value.iid).toBe(3.27);
    for (const file of ['run.mjs', 'run.cjs']) {
      const out = JSON.parse(run(process.execPath, [file], project)) as unknown;
      expect(out).toEqual({ result: expected, schemaTitle: 'Portofolio IID Inovda', rulesCode: 'iga-2026' });
    }
  });

  it('passes the conformance suite it ships', () => {
    const out = JSON.parse(run(process.execPath, ['conformance.mjs'], project)) as {
      passed: number;
      failed: string[];
    };
    expect(out.failed).toEqual([]);
    expect(out.passed).toBeGreaterThanOrEqual(30);
  });

  it('type-checks a TypeScript consumer in NodeNext strict mode, declarations included', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    // A failure throws with tsc's messages on stdout; on success tsc prints nothing.
    expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], project)).toBe('');
  });
});
