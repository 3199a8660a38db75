// Matrix entries of deadline reminders: the ADMIN's "send now" (its own region's sweep; the ADMIN of region B runs
// region B's) and every signed-in user's own e-mail preference.
import { allowOnly, type MatrixTable, SIGNED_IN } from './types.ts';

export const reminderEntries: MatrixTable = {
  'reminder.runNow': { expect: allowOnly('admin', 'otherRegion') },
  'notification.preferences': { expect: allowOnly(...SIGNED_IN) },
  'notification.setEmailReminders': { input: () => ({ enabled: true }), expect: allowOnly(...SIGNED_IN) },
  'notification.setEmailWorkflow': { input: () => ({ enabled: true }), expect: allowOnly(...SIGNED_IN) },
};
