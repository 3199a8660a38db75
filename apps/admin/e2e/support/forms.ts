import type { Page } from 'playwright-core';

const DEFAULT_SENTENCE =
  'dijalankan petugas puskesmas bersama kader desa agar setiap anak mendapat imunisasi lengkap tepat waktu';

/** `words` words of plain Indonesian starting with `topic`, to reach the 300-word rule over the design sections. */
export function paragraph(topic: string, words: number, sentence = DEFAULT_SENTENCE): string {
  const all = `${topic} ${sentence}`.split(' ');
  return Array.from({ length: words }, (_, i) => all[i % all.length]).join(' ');
}

/** Types into a searchable select and takes the first match with Enter, as a keyboard user would. */
export async function pickOption(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text, exact: true }).waitFor({ state: 'attached' });
  await input.press('Enter');
  await page.getByTitle(text, { exact: true }).first().waitFor();
}

/** Types a day into a date field the Indonesian way ('03/06/2024') and confirms it with Enter. */
export async function typeDate(page: Page, label: string, day: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(day);
  // The picker re-renders its input while its calendar opens: confirm with the keyboard, not the element.
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([id, expected]) => (document.getElementById(id!) as HTMLInputElement | null)?.value === expected,
    [await input.getAttribute('id'), day] as const,
  );
}

/** The demo seed's 2026 period: the one with data, while other specs open periods of their own (2027 and 2028 in the year scenario, 2029, 2030). */
export const DEMO_PERIOD = 'Penilaian Indeks Inovasi Daerah 2026';

/**
 * Shows `name` in the page's period picker ("Periode", "Period" in English), as a user looking at another year does. The page may
 * still re-render once its data arrives (closing an open list), so the list is opened again until the choice
 * sticks.
 */
export async function showPeriod(page: Page, name: string) {
  const picker = page.getByLabel(/^(Periode|Period)$/);
  const chosen = page.locator('.ant-select').filter({ has: picker }).filter({ hasText: name });
  for (let attempt = 1; ; attempt += 1) {
    if (await chosen.isVisible()) return;
    await picker.click();
    const option = page.locator('.ant-select-item-option').filter({ hasText: name, visible: true });
    try {
      await option.click({ timeout: 5_000 });
      await chosen.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
