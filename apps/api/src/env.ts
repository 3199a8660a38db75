// The API's environment, read and validated in one place. Every other module receives plain values.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AuthConfig } from './auth/config.ts';
import type { S3StorageOptions } from './storage/index.ts';

/** The repository root (apps/api/src -> ../../..), home of the default data directory `.data`. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'], {
    error: 'harus 1/0 atau true/false / must be 1/0 or true/false',
  })
  .transform((value) => value === '1' || value === 'true' || value === 'yes');
const PORT_MESSAGE = 'harus bilangan 1..65535 / must be a number 1..65535';
const positiveInt = (what: string) =>
  z.coerce
    .number({ error: `${what}: harus bilangan bulat positif / must be a positive integer` })
    .int({ error: `${what}: harus bilangan bulat positif / must be a positive integer` })
    .positive({ error: `${what}: harus bilangan bulat positif / must be a positive integer` });

const ZEnv = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce
    .number({ error: PORT_MESSAGE })
    .int({ error: PORT_MESSAGE })
    .min(1, { error: PORT_MESSAGE })
    .max(65_535, { error: PORT_MESSAGE })
    .default(3000),
  INOVDA_DATA_DIR: z.string().default(resolve(REPO_ROOT, '.data')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'harus URL postgresql:// / must be a postgresql:// URL')
    .optional(),
  /** The database owner's URL for migrations and inovda-admin (migrate, restore); default DATABASE_URL. */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'harus URL postgresql:// / must be a postgresql:// URL')
    .optional(),
  /**
   * Apply pending migrations when the server starts (default 1). 0: the app runs as a restricted role and
   * `inovda-admin migrate` (as the owner, MIGRATION_DATABASE_URL) migrates; the server only checks.
   */
  MIGRATE_ON_START: flag.default(true),
  /** Seed the Pati demo into an empty database; default on for the embedded PGlite, off with DATABASE_URL. */
  INOVDA_DEMO: flag.optional(),
  COOKIE_SECURE: flag.optional(),
  /** Express `trust proxy`: unset/0 = no proxy, 1 = one hop, or a list such as `loopback`. */
  TRUST_PROXY: z.string().default('0'),
  SESSION_IDLE_MINUTES: positiveInt('SESSION_IDLE_MINUTES').default(12 * 60),
  SESSION_ABSOLUTE_HOURS: positiveInt('SESSION_ABSOLUTE_HOURS').default(7 * 24),
  UPLOAD_MAX_BYTES: positiveInt('UPLOAD_MAX_BYTES').default(200 * 1024 * 1024),
  /** Most bytes of evidence one user may upload in 24 hours (default 2 GiB). */
  UPLOAD_QUOTA_BYTES_PER_DAY: positiveInt('UPLOAD_QUOTA_BYTES_PER_DAY').default(2 * 1024 * 1024 * 1024),
  S3_BUCKET: z.string().optional(),
  S3_PREFIX: z.string().optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().optional(),
  S3_FORCE_PATH_STYLE: flag.default(false),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Background jobs (reminder sweep, e-mail); 0 turns the runner off in this process. */
  JOBS_ENABLED: flag.default(true),
  /** When the deadline-reminder sweep runs (cron, WIB), or `off`. */
  REMINDER_CRON: z
    .string()
    .regex(/^(off|(\S+\s+){4}\S+)$/, 'harus 5 kolom cron atau off / must be a 5-field cron or off')
    .default('0 * * * *'),
  /** When housekeeping runs (sessions, login attempts, abandoned uploads, never-attached evidence), or `off`. */
  HOUSEKEEPING_CRON: z
    .string()
    .regex(/^(off|(\S+\s+){4}\S+)$/, 'harus 5 kolom cron atau off / must be a 5-field cron or off')
    .default('*/30 * * * *'),
  /** A partial (tus) upload not finished within this many hours is removed. */
  UPLOAD_GRACE_HOURS: positiveInt('UPLOAD_GRACE_HOURS').default(24),
  /** An uploaded evidence file never attached to an answer within this many days is removed. */
  EVIDENCE_GRACE_DAYS: positiveInt('EVIDENCE_GRACE_DAYS').default(7),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'harus URL smtp:// atau smtps:// / must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/, 'harus alamat e-mail / must be an e-mail address')
    .optional(),
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error:
        'harus fatal/error/warn/info/debug/trace/silent / must be fatal/error/warn/info/debug/trace/silent',
    })
    .default('info'),
  /** json (one object per line) or pretty (for a terminal); default json in production, pretty otherwise. */
  LOG_FORMAT: z
    .enum(['json', 'pretty'], { error: 'harus json atau pretty / must be json or pretty' })
    .optional(),
  /** The address users open the app at, for links in e-mails. */
  APP_URL: z
    .url({ protocol: /^https?$/, error: 'harus URL http(s):// / must be an http(s):// URL' })
    .optional(),
});

export interface AppEnv {
  production: boolean;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Who runs migrations and inovda-admin (MIGRATION_DATABASE_URL, else DATABASE_URL). */
  migrationDatabaseUrl: string | undefined;
  /** The server applies pending migrations at start (MIGRATE_ON_START); otherwise it refuses to start on them. */
  migrateOnStart: boolean;
  /** Seed the demo into an empty database (INOVDA_DEMO; default: only on the embedded PGlite). */
  demo: boolean;
  trustProxy: boolean | number | string;
  auth: AuthConfig;
  uploadMaxBytes: number;
  uploadQuotaBytesPerDay: number;
  s3: S3StorageOptions | undefined;
  jobs: { enabled: boolean; reminderCron: string | null; housekeepingCron: string | null };
  /** Grace periods of the housekeeping job, in milliseconds. */
  grace: { uploadMs: number; evidenceMs: number };
  /** Outgoing e-mail; undefined when SMTP_URL is not set (reminders stay in-app). */
  mail: { smtpUrl: string; from: string } | undefined;
  /** The app's public address without a trailing slash (APP_URL, default http://localhost:PORT). */
  appUrl: string;
  log: { level: string; format: 'json' | 'pretty' };
}

export class EnvError extends Error {
  override name = 'EnvError';
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === '0' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * LOG_LEVEL and NODE_ENV as the raw environment has them, for the logger in use before `loadEnv` has checked
 * the rest (or when it refuses it).
 */
export function earlyLogSettings(source: Record<string, string | undefined> = process.env): {
  level: string;
  production: boolean;
} {
  return { level: source.LOG_LEVEL || 'info', production: source.NODE_ENV === 'production' };
}

/** Reads the environment; empty values count as unset. Throws EnvError listing every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Konfigurasi lingkungan tidak valid / invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  // In production nothing may land in the source tree by accident: the data directory is chosen on purpose.
  if (production && present.INOVDA_DATA_DIR === undefined) {
    throw new EnvError(
      'INOVDA_DATA_DIR wajib diisi bila NODE_ENV=production (berkas bukti dan unggahan) / INOVDA_DATA_DIR is required with NODE_ENV=production (evidence files and uploads)',
    );
  }
  const hasKey = Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY);
  if (hasKey) {
    throw new EnvError(
      'S3_ACCESS_KEY_ID dan S3_SECRET_ACCESS_KEY harus diisi berdua / S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    );
  }
  if (!env.S3_BUCKET && (env.S3_ENDPOINT || env.S3_ACCESS_KEY_ID)) {
    throw new EnvError('S3_BUCKET wajib bila S3 dipakai / S3_BUCKET is required when S3 is configured');
  }
  if (env.SMTP_URL && !env.MAIL_FROM) {
    throw new EnvError('MAIL_FROM wajib bila SMTP_URL diisi / MAIL_FROM is required when SMTP_URL is set');
  }
  return {
    production,
    port: env.PORT,
    dataDir: resolve(env.INOVDA_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL,
    migrateOnStart: env.MIGRATE_ON_START,
    demo: env.INOVDA_DEMO ?? (env.DATABASE_URL === undefined && !production),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    auth: {
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
      // Behind TLS (APP_URL https://...) the session cookie is Secure unless COOKIE_SECURE=0 says otherwise.
      cookieSecure: env.COOKIE_SECURE ?? env.APP_URL?.startsWith('https://') ?? false,
    },
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
    uploadQuotaBytesPerDay: env.UPLOAD_QUOTA_BYTES_PER_DAY,
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          prefix: env.S3_PREFIX,
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          credentials:
            env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
              ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
              : undefined,
        }
      : undefined,
    jobs: {
      enabled: env.JOBS_ENABLED,
      reminderCron: env.REMINDER_CRON === 'off' ? null : env.REMINDER_CRON,
      housekeepingCron: env.HOUSEKEEPING_CRON === 'off' ? null : env.HOUSEKEEPING_CRON,
    },
    grace: { uploadMs: env.UPLOAD_GRACE_HOURS * 3_600_000, evidenceMs: env.EVIDENCE_GRACE_DAYS * 86_400_000 },
    mail: env.SMTP_URL && env.MAIL_FROM ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : undefined,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    log: {
      level: env.LOG_LEVEL,
      format: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty'),
    },
  };
}
