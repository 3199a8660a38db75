import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInovda } from './test-support/run-inovda.ts';

const dir = mkdtempSync(join(tmpdir(), 'inovda-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const all3 = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(16 + i), 3]));
const strong = ['pendidikan', 'kesehatan', 'sosial', 'trantibum-linmas', 'pariwisata', 'pertanian'];
// 12 perfect innovations in 4 yandas urusan and two weak ones: with n > k the weak ones pull the average down,
// and two yandas urusan are missing, so adding one (at the median maturity) restores the count score.
const portfolio = {
  edition: 'iga-2026',
  spd: { '1': 3 },
  innovations: [
    ...Array.from({ length: 12 }, (_, j) => ({
      id: `s${j}`,
      name: `Kuat ${j}`,
      urusan: strong[j % 6],
      indicators: all3,
    })),
    { id: 'w1', name: 'Lemah 1', urusan: 'pangan', indicators: { '16': 1 } },
    { id: 'w2', name: 'Lemah 2', urusan: 'pangan', indicators: {} },
  ],
};
writeFileSync(join(dir, 'plan.json'), JSON.stringify(portfolio));

describe('inovda plan', () => {
  it('prints the best set and the ranked next actions as one JSON object', async () => {
    const run = await runInovda(['plan', '--json', '--limit', '4', 'plan.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const plan = JSON.parse(run.stdout) as {
      all: { iid: number };
      best: { iid: number; exclude: string[]; gain: number };
      actions: {
        type: string;
        gain: number;
        iidAfter: number;
        assumedMaturity?: number;
        description: { id: string };
      }[];
    };
    expect(plan.best.exclude).toEqual(['w1', 'w2']);
    // all 14: (3 + 1335/14) / 2.5 = 39.34; best 12: (3 + 111) / 2.5 = 45.60 (4 yandas: no count score)
    expect(plan.all.iid).toBe(39.34);
    expect(plan.best.iid).toBe(45.6);
    expect(plan.best.gain).toBe(6.26);
    expect(plan.actions).toHaveLength(4);
    // SPD row 12 (weight 2) 0 -> 3 adds 6 points (+2.40); a fifth yandas urusan at the median maturity 111
    // adds the count score 13 x 0.38 = 4.94 points (+1.98) and beats the other SPD rows (4.5 points, +1.80).
    expect(plan.actions[0]).toMatchObject({
      type: 'FILL_SPD_ROW',
      target: 'spd.12',
      gain: 2.4,
      iidAfter: 48,
    });
    expect(plan.actions[1]).toMatchObject({
      type: 'ADD_YANDAS_INNOVATION',
      assumedMaturity: 111,
      gain: 1.98,
    });
    expect(plan.actions[1]?.description.id).toContain('median');
    const gains = plan.actions.map((action) => action.gain);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
  });

  it('prints a readable Indonesian plan', async () => {
    const run = await runInovda(['plan', 'plan.json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Himpunan terbaik');
    expect(run.stdout).toMatch(/Tidak dikirim\s+w1, w2/);
    expect(run.stdout).toContain('Tindakan berikutnya');
    expect(run.stdout).toContain('Tambahkan satu inovasi pada urusan yandas');
  });
});
