import { describe, expect, inject, it } from 'vitest';
import { openBrowser } from './support/browser';
import { ADMIN_EMAIL, OPERATOR_EMAIL, VERIFIER_EMAIL, VIEWER_EMAIL } from './support/flow-data';
import { findLayoutIssues, saveLayoutScreenshot } from './support/layout-check';
import { signIn } from './support/login';
import { openScreen, screenName, type TScreen } from './support/screens';

const SCREENS: Record<string, { email: string; screens: TScreen[] }> = {
  operator: {
    email: OPERATOR_EMAIL,
    screens: [
      '/innovations',
      '/innovations/new',
      { from: '/innovations', link: 'a[href*="/indicators"]', name: 'indicators' },
      { from: '/innovations', link: 'a[href*="/profile"]', name: 'profile' },
      '/notifications',
    ],
  },
  verifier: {
    email: VERIFIER_EMAIL,
    screens: [
      '/dashboard',
      '/review',
      { from: '/review', link: 'a[href^="/review/"]', name: 'review' },
      '/national-results',
      '/notifications',
    ],
  },
  admin: {
    email: ADMIN_EMAIL,
    screens: [
      '/dashboard',
      '/review',
      '/admin/periods',
      '/admin/units',
      '/admin/users',
      '/admin/imports',
      '/admin/spd',
      '/admin/exports',
      '/admin/carry-over',
      '/national-results',
      '/admin/editions',
      '/admin/editions/iga-2026',
      '/admin/audit',
      '/notifications',
    ],
  },
  viewer: { email: VIEWER_EMAIL, screens: ['/dashboard', '/national-results', '/notifications'] },
};

/**
 * Every screen of every role at an office laptop's 1366 x 768 and a phone's 360 x 740: no table column cut off
 * or hidden (support/layout-check.ts), screenshots kept as artifacts. All problems are collected and reported
 * together, so one run shows the whole picture.
 */
describe('every table is usable at 1366 px and on a phone', () => {
  for (const [role, { email, screens }] of Object.entries(SCREENS)) {
    for (const [width, height] of [
      [1366, 768],
      [360, 740],
    ] as const) {
      it(`${role} at ${width} px`, async () => {
        const session = await openBrowser(inject('baseUrl'), { width, height });
        const problems: string[] = [];
        try {
          await signIn(session.page, email);
          for (const screen of screens) {
            await openScreen(session.page, screen);
            const name = screenName(screen);
            await saveLayoutScreenshot(session.page, `layout-${role}-${name}-${width}`, 'id');
            for (const issue of await findLayoutIssues(session.page)) {
              problems.push(`${name}: ${issue.table} / ${issue.column}: ${issue.problem}`);
            }
          }
        } finally {
          await session.close();
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
