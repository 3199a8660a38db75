// Outgoing e-mail through nodemailer to the SMTP server in SMTP_URL. One pooled transport per process.
import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves when the SMTP server accepted the message; rejects with its answer otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://...:465`. */
  smtpUrl: string;
  /** The sender, e.g. `Inovda Kabupaten Pati <inovda@patikab.go.id>`. */
  from: string;
}

export function createMailer(options: MailerOptions): Mailer {
  const transport = createTransport(options.smtpUrl, { from: options.from });
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      if (info.rejected.length > 0) {
        throw new Error(`SMTP menolak penerima / SMTP rejected the recipient: ${info.rejected.join(', ')}`);
      }
    },
    close: () => transport.close(),
  };
}
