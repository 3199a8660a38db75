// The workflow e-mail: Indonesian first, English below, as plain text and simple HTML, with a link to the app.
import { translate } from '@inovda/i18n/catalogue';
import { mailWords } from '../mail/mail-words.ts';
import type { MailMessage } from '../mail/mailer.ts';
import type { WorkflowText } from './messages.ts';

export interface WorkflowEmailInput {
  to: string;
  name: string;
  text: { id: WorkflowText; en: WorkflowText };
  /** Absolute link into the app (APP_URL + the notification's link). */
  url: string;
  /** Where a user turns workflow e-mail off. */
  settingsUrl: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function renderWorkflowEmail(input: WorkflowEmailInput): MailMessage {
  const blocks = [
    { lang: 'id' as const, text: input.text.id },
    { lang: 'en' as const, text: input.text.en },
  ].map((b) => ({ ...b, ...mailWords(b.lang, input.name) }));
  const footer = {
    id: translate('id', 'email', 'mail.footerWorkflow', { url: input.settingsUrl }),
    en: translate('en', 'email', 'mail.footerWorkflow', { url: input.settingsUrl }),
  };
  const text = [
    ...blocks.flatMap((b, i) => [
      ...(i > 0 ? [translate('en', 'email', 'mail.englishDivider'), ''] : []),
      b.greeting,
      '',
      `${b.text.title}.`,
      b.text.body,
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
        `<p><a href="${escapeHtml(input.url)}">${escapeHtml(b.open)}</a></p></div>`,
    ),
    `<p style="font-size:12px;color:#777;margin-top:24px">${escapeHtml(footer.id)}<br>${escapeHtml(footer.en)}</p>`,
    '</body></html>',
  ].join('\n');
  return { to: input.to, subject: `[Inovda] ${input.text.id.title}`, text, html };
}
