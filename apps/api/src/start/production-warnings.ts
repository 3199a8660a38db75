// Settings that work but are probably not what an operator behind a TLS proxy meant; logged as warnings at start.
import type { AppEnv } from '../env.ts';

export function productionWarnings(
  env: Pick<AppEnv, 'production' | 'appUrl' | 'trustProxy' | 'auth' | 'databaseUrl'>,
): string[] {
  const warnings: string[] = [];
  const https = env.appUrl.startsWith('https://');
  if (https && env.trustProxy === false) {
    warnings.push(
      "APP_URL memakai https tetapi TRUST_PROXY belum diatur: alamat klien (pembatas login) akan alamat proxy. Atur TRUST_PROXY=1 (satu proxy). / APP_URL is https but TRUST_PROXY is not set: client addresses (login throttle) will be the proxy's. Set TRUST_PROXY=1 (one proxy).",
    );
  }
  if (https && !env.auth.cookieSecure) {
    warnings.push(
      'APP_URL memakai https tetapi COOKIE_SECURE=0: cookie sesi dapat terkirim lewat http. / APP_URL is https but COOKIE_SECURE=0: the session cookie may travel over http.',
    );
  }
  if (env.production && !env.databaseUrl) {
    warnings.push(
      'NODE_ENV=production dengan PGlite bawaan: cocok untuk satu server kecil; untuk beberapa replika pakai DATABASE_URL (PostgreSQL). / NODE_ENV=production on the embedded PGlite: fine for one small server; for several replicas use DATABASE_URL (PostgreSQL).',
    );
  }
  if (env.production && env.appUrl.startsWith('http://localhost')) {
    warnings.push(
      'APP_URL belum diatur: tautan di e-mail akan menunjuk ke localhost. / APP_URL is not set: links in e-mails will point at localhost.',
    );
  }
  return warnings;
}
