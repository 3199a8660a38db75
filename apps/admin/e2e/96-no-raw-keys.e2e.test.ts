import { describe, expect, inject, it } from 'vitest';
import { openBrowser, switchLanguage } from './support/browser';
import { ADMIN_EMAIL, OPERATOR_EMAIL, VERIFIER_EMAIL, VIEWER_EMAIL } from './support/flow-data';
import { signIn } from './support/login';
import { openScreen, screenName, type TScreen } from './support/screens';
import { expectNoRawKeys } from './support/raw-keys';

const SCREENS: Record<string, { email: string; screens: TScreen[] }> = {
  admin: {
    email: ADMIN_EMAIL,
    screens: [
      '/dashboard',
      '/review',
      { from: '/review', link: 'a[href^="/review/"]', name: 'review' },
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
      '/admin/region',
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
  viewer: { email: VIEWER_EMAIL, screens: ['/dashboard', '/national-results', '/notifications'] },
};

/**
 * No internal key, enum code, model name or id in the visible text of any main screen, for every role, in
 * Indonesian and in English (support/raw-keys.ts). Every finding of a role is collected, so one run lists all.
 */
describe('no raw key reaches a screen', () => {
  for (const [role, { email, screens }] of Object.entries(SCREENS)) {
    it(`${role}, in Indonesian and English`, async () => {
      const session = await openBrowser(inject('baseUrl'), { width: 1366, height: 768 });
      const problems: string[] = [];
      try {
        await signIn(session.page, email);
        for (const lng of ['id', 'en'] as const) {
          if (lng === 'en') await switchLanguage(session.page, 'en');
          for (const screen of screens) {
            const name = screenName(screen);
            await openScreen(session.page, screen);
            await expectNoRawKeys(session.page, `${name} (${lng})`).catch((error: Error) =>
              problems.push(error.message),
            );
          }
        }
      } finally {
        await session.close();
      }
      expect(problems.join('\n')).toBe('');
    });
  }
});
