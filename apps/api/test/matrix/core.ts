// Matrix entries of the core routers: auth, unit, user, period, audit, notification.
import { type Actor, type Harness, TEST_PASSWORD } from '../harness.ts';
import { allowOnly, EVERYONE, type MatrixTable, SIGNED_IN } from './types.ts';

const ownEmail = (h: Harness, actor: Actor) => h.users[actor === 'anonymous' ? 'viewer' : actor].email;

export const coreEntries: MatrixTable = {
  'auth.login': {
    input: (h, actor) => ({ email: ownEmail(h, actor), password: TEST_PASSWORD }),
    expect: allowOnly(...EVERYONE),
  },
  'auth.logout': { freshSession: true, expect: allowOnly(...EVERYONE) },
  'auth.me': { expect: allowOnly(...EVERYONE) },
  'auth.changePassword': {
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
    expect: allowOnly(...SIGNED_IN),
  },
  'auth.setLocale': { input: () => ({ locale: 'id' }), expect: allowOnly(...SIGNED_IN) },
};
