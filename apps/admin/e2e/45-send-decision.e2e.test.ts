import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, saveScreenshot, waitForQuietNetwork, type TBrowserSession } from './support/browser';
import { ADMIN_EMAIL, E2E_INNOVATION_NAME } from './support/flow-data';
import { signIn } from './support/login';
import { callTrpc } from './support/trpc';

interface TCandidate {
  submissionId: string;
  innovationId: string;
  name: string;
  state: string;
  inPackage: boolean;
}
interface TPreview {
  changes: { submissionId: string; innovationId: string; name: string; move: string }[];
  frozen: unknown;
}

/**
 * The send decision (issue 9 point 1), on the demo's 2026 period after 01 and 02 (the innovation the operator
 * registered and the verifier approved is the one that meets the sending requirements; the seed's verified
 * ones lack parts of their profile): the ADMIN marks a verified innovation ready from its review page, marks and cancels several at once in the package screen, then lets the app choose the
 * best innovations to send after checking the IID before and after; a reload shows every decision kept. It runs
 * before 50, as the year does: decide what is sent, then freeze the package and mark it sent.
 */
describe('the ADMIN decides what is sent', () => {
  let session: TBrowserSession;
  let periodId = '';
  const candidates = () =>
    callTrpc<{ items: TCandidate[] }>(session.page, 'submission.sendCandidates', { periodId }, 'query');
  const preview = () => callTrpc<TPreview>(session.page, 'submission.bestSetPreview', { periodId }, 'query');
  const exportsPage = () => `/admin/exports?period=${periodId}`;
  const card = () => session.page.getByTestId('send-decision');

  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
    await signIn(session.page, ADMIN_EMAIL);
    const periods = await callTrpc<{ id: string; year: number }[]>(
      session.page,
      'period.list',
      undefined,
      'query',
    );
    periodId = periods.find((p) => p.year === 2026)?.id ?? '';
    expect(periodId).not.toBe('');
  });
  afterAll(async () => {
    await session.close();
  });

  let first: { innovationId: string; name: string } = { innovationId: '', name: '' };

  it('marks a verified innovation ready to send from its review page, and it stays so after a reload', async () => {
    const { page } = session;
    // A verified innovation that meets the sending requirements: one the best set would add by marking it.
    const ready = (await preview()).changes.filter((c) => c.move === 'MARK_READY');
    first = ready.find((c) => c.name === E2E_INNOVATION_NAME) ?? first;
    expect(first.name).toBe(E2E_INNOVATION_NAME);
    await page.goto(`/review/${first.innovationId}?period=${periodId}`);
    await page.getByRole('heading', { name: first.name, level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Tandai siap kirim', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Tandai inovasi ini siap kirim?' });
    await dialog.getByRole('button', { name: 'Tandai siap kirim', exact: true }).click();
    await page.getByText('Inovasi ditandai siap kirim.').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Batalkan siap kirim', exact: true }).waitFor();
    const row = (await candidates()).items.find((c) => c.innovationId === first.innovationId);
    expect(row).toMatchObject({ state: 'READY_TO_SEND', inPackage: true });
  });

  let changed: string[] = [];

  /** Ticks the rows of these innovations in the send-decision table. */
  async function select(names: readonly string[]) {
    for (const name of names) await card().getByRole('checkbox', { name, exact: true }).check();
  }
  async function bulk(move: 'mark' | 'unmark', count: number) {
    const { page } = session;
    const [button, title, ok] =
      move === 'mark'
        ? ['Tandai siap kirim yang dipilih', `Tandai ${count} inovasi siap kirim?`, 'Tandai siap kirim']
        : [
            'Batalkan siap kirim yang dipilih',
            `Batalkan siap kirim ${count} inovasi?`,
            'Batalkan siap kirim',
          ];
    await card()
      .getByRole('button', { name: `${button} (${count})` })
      .click();
    await page.getByRole('dialog', { name: title }).getByRole('button', { name: ok, exact: true }).click();
  }

  it('in the package screen, marks and cancels the selected rows at once, with a result per innovation', async () => {
    const { page } = session;
    await page.goto(exportsPage());
    await card().getByRole('button', { name: 'Pilih otomatis inovasi terbaik untuk dikirim' }).waitFor();
    // Cancel every ready one at once (the one just marked, and the seed's when no earlier spec sent them).
    const ready = (await candidates()).items.filter((c) => c.state === 'READY_TO_SEND');
    await select(ready.map((c) => c.name));
    await bulk('unmark', ready.length);
    await page.getByText(`${ready.length} inovasi berhasil diubah.`).waitFor();

    // Mark two at once: the one that meets the sending requirements moves, the other is named with why not.
    const notReady = (await candidates()).items.find(
      (c) => c.state === 'VERIFIED' && c.innovationId !== first.innovationId,
    );
    expect(notReady).toBeDefined();
    await select([first.name, notReady?.name ?? '']);
    await bulk('mark', 2);
    const result = page.getByRole('dialog', { name: 'Hasil perubahan' });
    await result.getByText('1 dari 2 inovasi berhasil diubah. Yang tidak berubah:').waitFor();
    await result.getByText(/belum siap dikirim/).waitFor();
    await result.getByRole('button').click();
    const after = await candidates();
    expect(after.items.find((c) => c.innovationId === first.innovationId)).toMatchObject({
      state: 'READY_TO_SEND',
      inPackage: true,
    });
    expect(after.items.find((c) => c.submissionId === notReady?.submissionId)).toMatchObject({
      state: 'VERIFIED',
    });

    // Out again, so that the automatic choice has something to put back.
    await select([first.name]);
    await bulk('unmark', 1);
    await page.getByText('1 inovasi berhasil diubah.').waitFor();
    changed = [first.name];
  });

  it('applies the best set after checking the IID before and after and the changes; a reload keeps it', async () => {
    const { page } = session;
    await card().getByRole('button', { name: 'Pilih otomatis inovasi terbaik untuk dikirim' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pilih otomatis inovasi terbaik untuk dikirim' });
    const iid = dialog.getByTestId('best-set-iid');
    await iid.getByText('IID paket kiriman sekarang').waitFor();
    await iid.getByText('IID paket kiriman sesudahnya').waitFor();
    const values = await iid.locator('.ant-statistic-content').allInnerTexts();
    expect(values).toHaveLength(2);
    expect(values[0]).not.toBe(values[1]);
    await dialog.getByText(/^Masuk paket \(ditandai siap kirim\)/).waitFor();
    const listed = await dialog.innerText();
    for (const name of changed) expect(listed).toContain(name);
    // The language switch sits behind the open dialog: the preview is kept in Indonesian.
    await saveScreenshot(page, 'admin-best-set-preview', 'id');
    await dialog.getByRole('button', { name: 'Setujui dan terapkan' }).click();
    await page.getByText(/perubahan diterapkan\. Paket kiriman kini berisi inovasi terbaik\./).waitFor();

    await page.reload();
    await waitForQuietNetwork(page);
    const expected = values[1] ?? '';
    // The package's IID is now the preview's "after", and the best set has nothing left to change.
    const packageIid = page
      .locator('.ant-statistic', { has: page.getByText(/^IID paket kiriman, nilai terverifikasi/) })
      .locator('.ant-statistic-content');
    await expect.poll(async () => (await packageIid.innerText()).trim()).toBe(expected.trim());
    for (const name of changed) {
      await card()
        // The name holds '(uji e2e)': matched as text, not as a pattern with a group.
        .getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .getByText('Ya', { exact: true })
        .waitFor();
    }
    expect((await preview()).changes).toEqual([]);
  });
});
