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
});
