// The reminder e-mail: Indonesian first, English below, as plain text and simple HTML, with a link to the app.
import { translate } from '@inovda/i18n/catalogue';
import { mailWords } from '../mail/mail-words.ts';
import type { MailMessage } from '../mail/mailer.ts';
import { type ReminderFacts, renderReminder } from './messages.ts';

export interface ReminderEmailInput extends ReminderFacts {
  to: string;
  name: string;
  /** Absolute link into the app (APP_URL + the notification's link). */
  url: string;
  /** Where a user turns e-mail reminders off. */
  settingsUrl: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function renderReminderEmail(input: ReminderEmailInput): MailMessage {
  const id = renderReminder(input, 'id');
  const en = renderReminder(input, 'en');
  const blocks = [
    { lang: 'id' as const, text: id },
    { lang: 'en' as const, text: en },
  ].map((b) => ({ ...b, ...mailWords(b.lang, input.name) }));
  const footer = {
    id: translate('id', 'email', 'mail.footerReminder', { url: input.settingsUrl }),
    en: translate('en', 'email', 'mail.footerReminder', { url: input.settingsUrl }),
  };
  const text = [
    ...blocks.flatMap((b, i) => [
      ...(i > 0 ? [translate('en', 'email', 'mail.englishDivider'), ''] : []),
      b.greeting,
      '',
      `${b.text.title}.`,
      b.text.body,
      `${b.text.deadlineLine}.`,
      '',
      `${b.open}: ${input.url}`,
      '',
    ]),
    '--',
    footer.id,
    footer.en,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f1f1f">',
    ...blocks.map(
      (b, i) =>
        `<div lang="${b.lang}"${i > 0 ? ' style="border-top:1px solid #ddd;margin-top:24px;padding-top:16px;color:#555"' : ''}>` +
        `<p>${escapeHtml(b.greeting)}</p>` +
        `<p><strong>${escapeHtml(b.text.title)}.</strong></p>` +
        `<p>${escapeHtml(b.text.body)}</p>` +
        `<p>${escapeHtml(b.text.deadlineLine)}.</p>` +
        `<p><a href="${escapeHtml(input.url)}">${escapeHtml(b.open)}</a></p></div>`,
    ),
    `<p style="font-size:12px;color:#777;margin-top:24px">${escapeHtml(footer.id)}<br>${escapeHtml(footer.en)}</p>`,
    '</body></html>',
  ].join('\n');
  return { to: input.to, subject: `[Inovda] ${id.title}`, text, html };
}
