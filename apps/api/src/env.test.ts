import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv, REPO_ROOT } from './env.ts';

describe('loadEnv', () => {
  it('has working defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      port: 3000,
      dataDir: join(REPO_ROOT, '.data'),
      databaseUrl: undefined,
      uploadMaxBytes: 200 * 1024 * 1024,
      auth: { sessionIdleMinutes: 720, sessionAbsoluteHours: 168, cookieSecure: false },
      s3: undefined,
      trustProxy: false,
    });
  });

  it('reads values and treats empty ones as unset', () => {
    const env = loadEnv({
      PORT: '8080',
      COOKIE_SECURE: '1',
      DATABASE_URL: '',
      S3_BUCKET: 'bukti',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(env).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      auth: { cookieSecure: true },
      s3: { bucket: 'bukti', forcePathStyle: true },
    });
  });

  it('names every bad variable in both languages', () => {
    expect(() => loadEnv({ PORT: 'abc', COOKIE_SECURE: 'maybe', DATABASE_URL: 'mysql://x' })).toThrow(
      EnvError,
    );
    expect(() => loadEnv({ PORT: '70000', COOKIE_SECURE: 'maybe' })).toThrow(
      /tidak valid \/ invalid[\s\S]*PORT[\s\S]*COOKIE_SECURE/,
    );
    expect(() => loadEnv({ S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });

  it('seeds the demo only on the embedded database unless INOVDA_DEMO says otherwise', () => {
    const url = 'postgresql://inovda@127.0.0.1:5432/inovda';
    expect(loadEnv({}).demo).toBe(true);
    expect(loadEnv({ DATABASE_URL: url }).demo).toBe(false);
    expect(loadEnv({ DATABASE_URL: url, INOVDA_DEMO: '1' }).demo).toBe(true);
    expect(loadEnv({ INOVDA_DEMO: '0' }).demo).toBe(false);
    expect(() => loadEnv({ INOVDA_DEMO: 'ya' })).toThrow(/INOVDA_DEMO/);
  });

  it('migrates at start unless MIGRATE_ON_START=0; migrations use MIGRATION_DATABASE_URL when set', () => {
    const app = 'postgresql://inovda_app@127.0.0.1:5432/inovda';
    const ownerUrl = 'postgresql://inovda_owner@127.0.0.1:5432/inovda';
    expect(loadEnv({}).migrateOnStart).toBe(true);
    expect(loadEnv({ DATABASE_URL: app }).migrationDatabaseUrl).toBe(app);
    const split = loadEnv({ DATABASE_URL: app, MIGRATION_DATABASE_URL: ownerUrl, MIGRATE_ON_START: '0' });
    expect(split).toMatchObject({ databaseUrl: app, migrationDatabaseUrl: ownerUrl, migrateOnStart: false });
    expect(() => loadEnv({ MIGRATE_ON_START: 'nanti' })).toThrow(/MIGRATE_ON_START/);
  });

  it('in production: needs INOVDA_DATA_DIR, logs JSON, seeds no demo, even on the embedded database', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/INOVDA_DATA_DIR wajib[\s\S]*is required/);
    const env = loadEnv({ NODE_ENV: 'production', INOVDA_DATA_DIR: '/srv/inovda' });
    expect(env).toMatchObject({ production: true, demo: false, log: { format: 'json', level: 'info' } });
    expect(loadEnv({}).log).toEqual({ format: 'pretty', level: 'info' });
    expect(loadEnv({ LOG_FORMAT: 'json', LOG_LEVEL: 'debug' }).log).toEqual({
      format: 'json',
      level: 'debug',
    });
    expect(() => loadEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('makes the session cookie Secure by default when APP_URL is https, unless COOKIE_SECURE=0', () => {
    expect(loadEnv({ APP_URL: 'https://inovda.patikab.go.id' }).auth.cookieSecure).toBe(true);
    expect(loadEnv({ APP_URL: 'http://10.0.0.5:3000' }).auth.cookieSecure).toBe(false);
    expect(loadEnv({ APP_URL: 'https://inovda.patikab.go.id', COOKIE_SECURE: '0' }).auth.cookieSecure).toBe(
      false,
    );
    expect(loadEnv({ COOKIE_SECURE: '1' }).auth.cookieSecure).toBe(true);
  });
});
