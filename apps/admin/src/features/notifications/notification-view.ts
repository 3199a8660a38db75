import type { TLanguage } from '../../i18n/languages';

/** One row of `notification.list`, as far as the views need it. */
export interface TNotificationRow {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  data: unknown;
}

interface TStoredText {
  title: string;
  body: string;
  deadlineLine?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readText(data: unknown, lng: TLanguage): TStoredText | null {
  if (!isRecord(data) || !isRecord(data.text)) return null;
  const text = data.text[lng];
  if (!isRecord(text) || typeof text.title !== 'string' || typeof text.body !== 'string') return null;
  return {
    title: text.title,
    body: text.body,
    deadlineLine: typeof text.deadlineLine === 'string' ? text.deadlineLine : undefined,
  };
}

/**
 * The words of a notification in the UI language. Deadline reminders carry both languages (`data.text`), so
 * switching the language switches them too; other notifications show the title and body they were stored with.
 */
export function notificationText(row: TNotificationRow, lng: TLanguage): { title: string; body: string } {
  const text = readText(row.data, lng);
  if (!text) return { title: row.title, body: row.body };
  return { title: text.title, body: text.deadlineLine ? `${text.body} ${text.deadlineLine}.` : text.body };
}

/** A path inside this app ('/review'), never another site ('//evil.example', 'https://...'). */
function isAppPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/**
 * Where a notification leads in the app: its own link when it is an app path, else one derived from its data
 * (a returned innovation opens its profile), else nowhere.
 */
export function notificationHref(row: TNotificationRow): string | null {
  if (row.link && isAppPath(row.link)) return row.link;
  if (row.kind === 'submission.returned' && isRecord(row.data) && typeof row.data.innovationId === 'string') {
    return `/innovations/${encodeURIComponent(row.data.innovationId)}/profile`;
  }
  return null;
}
