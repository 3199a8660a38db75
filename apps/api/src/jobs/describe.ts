// The start-up lines about background work: one line for the job runner, one for e-mail, so an operator sees at
// once whether reminders go out by e-mail and why not.
import { redactUrl } from '@inovda/db';
import type { AppEnv } from '../env.ts';

export function describeBackground(env: Pick<AppEnv, 'jobs' | 'mail' | 'appUrl'>): string[] {
  const jobs = env.jobs.enabled
    ? `Pekerjaan latar: aktif, sapuan pengingat ${env.jobs.reminderCron ? `"${env.jobs.reminderCron}" (WIB)` : 'hanya manual'} / background jobs: on, reminder sweep ${env.jobs.reminderCron ? `"${env.jobs.reminderCron}" (WIB)` : 'on demand only'}`
    : 'Pekerjaan latar: mati (JOBS_ENABLED=0) / background jobs: off (JOBS_ENABLED=0)';
  const mail = !env.mail
    ? 'E-mail pengingat: mati, SMTP_URL belum diatur (pengingat hanya di aplikasi) / reminder e-mail: off, SMTP_URL not set (in-app reminders only)'
    : !env.jobs.enabled
      ? 'E-mail pengingat: mati karena JOBS_ENABLED=0 / reminder e-mail: off because JOBS_ENABLED=0'
      : `E-mail pengingat: aktif lewat ${redactUrl(env.mail.smtpUrl)} dari ${env.mail.from}, tautan ke ${env.appUrl} / reminder e-mail: on`;
  return [jobs, mail];
}
