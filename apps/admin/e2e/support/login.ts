import type { Page } from 'playwright-core';

const DEMO_PASSWORD = 'inovda-demo';

/** Signs in through the login form, as a user would, and waits for the signed-in frame. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
}

/** Signs out through the header and signs in as someone else. */
export async function switchUser(page: Page, email: string) {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.waitForURL(/\/login/);
  await signIn(page, email);
}
