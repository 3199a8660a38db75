import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, saveScreenshot } from './browser';
import { join } from 'node:path';

/** The narrowest screen on which every table must show all its columns without scrolling (1366 is common). */
const LAPTOP_WIDTH = 1200;

/** One column a user cannot see or reach, or a page that scrolls sideways. */
export interface TLayoutIssue {
  table: string;
  column: string;
  problem: string;
}

/**
 * Finds, in the page as shown now, every table column a person cannot read: a header cell outside the part of
 * the table that is visible (cut by the table's box, a card, or the window). A table may scroll sideways only
 * as a last resort below laptop width, with its key columns fixed: scrolled-away columns are fine there, a
 * fixed column out of sight or a sideways scroll without any fixed column is not; from `LAPTOP_WIDTH` up no
 * table may scroll sideways. Also reports a page wider than the window.
 */
export async function findLayoutIssues(page: Page): Promise<TLayoutIssue[]> {
  // From an office laptop's width up a table must show every column without scrolling at all.
  const laptop = (page.viewportSize()?.width ?? 0) >= LAPTOP_WIDTH;
  return page.evaluate((laptop) => {
    const issues: { table: string; column: string; problem: string }[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    /** The part of `el`'s box that its clipping ancestors and the window leave visible, horizontally. */
    const visibleBox = (el: Element) => {
      const r = el.getBoundingClientRect();
      let left = Math.max(r.left, 0);
      let right = Math.min(r.right, document.documentElement.clientWidth);
      for (let a = el.parentElement; a; a = a.parentElement) {
        const overflowX = getComputedStyle(a).overflowX;
        if (overflowX === 'visible') continue;
        const ar = a.getBoundingClientRect();
        left = Math.max(left, ar.left);
        right = Math.min(right, ar.right);
      }
      return { left, right };
    };
    const name = (wrapper: Element, index: number) => {
      const labelled = wrapper.closest('[aria-label]')?.getAttribute('aria-label');
      const heading = wrapper.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent;
      return (labelled ?? heading ?? `table ${index + 1}`).trim().slice(0, 60);
    };
    document.querySelectorAll('.ant-table-wrapper').forEach((wrapper, index) => {
      if (!visible(wrapper)) return;
      const table = name(wrapper, index);
      const box = visibleBox(wrapper);
      const scroller = wrapper.querySelector('.ant-table-content, .ant-table-body');
      const scrolls =
        scroller !== null &&
        scroller.scrollWidth > scroller.clientWidth + 1 &&
        ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX);
      const headers = [...wrapper.querySelectorAll('thead th')].filter(
        (th) => visible(th) && !th.classList.contains('ant-table-cell-scrollbar'),
      );
      const fixed = (th: Element) => [...th.classList].some((c) => c.startsWith('ant-table-cell-fix'));
      if (scrolls && laptop) {
        issues.push({ table, column: '*', problem: 'scrolls sideways on an office laptop' });
      } else if (scrolls && !headers.some(fixed)) {
        issues.push({ table, column: '*', problem: 'scrolls sideways without a fixed key column' });
      }
      for (const th of headers) {
        const r = th.getBoundingClientRect();
        const inside = r.left >= box.left - 1 && r.right <= box.right + 1;
        if (inside || (scrolls && !fixed(th))) continue;
        const column = (th as HTMLElement).innerText.trim() || th.getAttribute('aria-label') || '(untitled)';
        issues.push({
          table,
          column,
          problem: `header at ${Math.round(r.left)}..${Math.round(r.right)} px, visible ${Math.round(box.left)}..${Math.round(box.right)} px`,
        });
      }
    });
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (overflow > 1)
      issues.push({ table: '(page)', column: '*', problem: `page is ${overflow} px wider than the window` });
    return issues;
  }, laptop);
}

/**
 * A full-page screenshot, or the visible part when the full page cannot be captured in time (Chromium's PDF
 * viewer inside an evidence preview can hold a full-page capture).
 */
export async function saveLayoutScreenshot(page: Page, name: string, lng: 'id' | 'en' = 'id') {
  try {
    await saveScreenshot(page, name, lng);
  } catch {
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${lng}.png`), timeout: 10_000 });
  }
}
