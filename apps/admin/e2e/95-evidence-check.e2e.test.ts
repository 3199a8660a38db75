import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, saveFailureScreenshot, type TBrowserSession } from './support/browser';
import { OPERATOR_EMAIL, VERIFIER_EMAIL } from './support/flow-data';
import { signIn, switchUser } from './support/login';
import { callTrpc } from './support/trpc';

interface TCheck {
  status: string;
  supportedTier: number | null;
}
interface TAnswer {
  code: string;
  claimedTier: number;
  verdict: string;
  evidenceCheck: TCheck | null;
}
interface TDetail {
  id: string;
  submission: { state: string; answers: TAnswer[] } | null;
}

/** Waits (polling the API as the screens do) until the demo's evidence has been read, then finds an answer the
 * documents support below its claim, in an innovation of one of `states`. */
async function findWeakerAnswer(
  page: Page,
  states: string[],
  pendingVerdictOnly: boolean,
): Promise<{ id: string; state: string; answer: TAnswer }> {
  const list = await callTrpc<{ items: { id: string; submission: { state: string } | null }[] }>(
    page,
    'innovation.list',
    { pageSize: 100 },
    'query',
  );
  const ids = list.items.filter((i) => i.submission && states.includes(i.submission.state)).map((i) => i.id);
  const until = Date.now() + 420_000;
  while (Date.now() < until) {
    let pending = false;
    for (const id of ids) {
      const detail = await callTrpc<TDetail>(page, 'innovation.byId', { id }, 'query');
      const answers = detail.submission?.answers ?? [];
      pending ||= answers.some((a) => a.evidenceCheck?.status === 'PENDING');
      const weaker = answers.find(
        (a) =>
          (!pendingVerdictOnly || a.verdict === 'PENDING') &&
          a.evidenceCheck?.status === 'DONE' &&
          a.evidenceCheck.supportedTier !== null &&
          a.evidenceCheck.supportedTier > 0 &&
          a.evidenceCheck.supportedTier < a.claimedTier,
      );
      if (weaker) return { id, state: detail.submission?.state ?? '', answer: weaker };
    }
    if (!pending) break;
    await page.waitForTimeout(2_000);
  }
  throw new Error(`no answer below its claim in ${states.join('/')}`);
}

describe('the evidence check: the OPERATOR sees the warning, the VERIFIER takes the suggestion', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows the operator which parameter the documents support, with the page and the snippet, as a warning only', async () => {
    const { page } = session;
    try {
      await signIn(page, OPERATOR_EMAIL);
      // Any of the unit's innovations: the check shows on every indicator card, in every state.
      const { id, answer } = await findWeakerAnswer(
        page,
        ['DRAFT', 'RETURNED', 'SUBMITTED', 'IN_REVIEW', 'VERIFIED', 'READY_TO_SEND', 'SENT'],
        false,
      );
      await page.goto(`/innovations/${id}/indicators`);
      const card = page.locator(`#indicator-${answer.code}`);
      const supported = answer.evidenceCheck?.supportedTier ?? 0;
      const warning = card.locator('.evidence-check');
      await warning.getByText(`Bukti mendukung tingkat ${supported}, bukan ${answer.claimedTier}.`).waitFor();
      expect(await warning.innerText()).toMatch(/\(hal\. 1\)/);
      expect(await warning.locator('.evidence-check-snippet').count()).toBeGreaterThan(0);
      // Readiness lists it as a warning that does not block submitting.
      await page.getByText(/Peringatan bukti: \d+ indikator/).waitFor();
      await page.getByText('Ini peringatan, bukan syarat: Anda tetap dapat mengajukan.').waitFor();
    } catch (error) {
      await saveFailureScreenshot(page, 'evidence-operator');
      throw error;
    }
  }, 600_000);

  it('lets the verifier take the suggestion as a downgrade with its note filled, then save it', async () => {
    const { page } = session;
    try {
      await switchUser(page, VERIFIER_EMAIL);
      const { id, state, answer } = await findWeakerAnswer(page, ['SUBMITTED', 'IN_REVIEW'], true);
      await page.goto(`/review/${id}`);
      await page.locator(`#indicator-${answer.code}`).waitFor();
      const start = page.getByRole('button', { name: 'Mulai verifikasi', exact: true });
      if (state === 'SUBMITTED') {
        await start.click();
        await page.getByRole('dialog').getByRole('button', { name: 'Mulai verifikasi', exact: true }).click();
      }
      const card = page.locator(`#indicator-${answer.code}`);
      const supported = answer.evidenceCheck?.supportedTier ?? 0;
      await card.getByRole('button', { name: `Ambil saran: turunkan ke tingkat ${supported}` }).click();
      const note = card.getByLabel('Catatan untuk OPD');
      await expect.poll(() => note.inputValue()).toMatch(/^Pemeriksaan bukti: Bukti mendukung tingkat/);
      await card.getByRole('button', { name: 'Simpan putusan' }).click();
      await card.locator('.ant-card-extra').getByText('Diturunkan', { exact: true }).waitFor();
      const detail = await callTrpc<TDetail>(page, 'innovation.byId', { id }, 'query');
      const saved = detail.submission?.answers.find((a) => a.code === answer.code) as TAnswer & {
        verifiedTier: number | null;
      };
      expect(saved).toMatchObject({ verdict: 'DOWNGRADED', verifiedTier: supported });
    } catch (error) {
      await saveFailureScreenshot(page, 'evidence-verifier');
      throw error;
    }
  }, 600_000);
});
