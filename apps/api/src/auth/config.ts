// Session and cookie settings, filled from env.ts in production and set directly in tests.

export interface AuthConfig {
  /** A session ends after this much inactivity (sliding `lastSeenAt`). */
  sessionIdleMinutes: number;
  /** A session ends this long after login, whatever the activity. */
  sessionAbsoluteHours: number;
  /** Always send the cookie with `Secure` (besides requests that arrived over https). */
  cookieSecure: boolean;
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  sessionIdleMinutes: 12 * 60,
  sessionAbsoluteHours: 7 * 24,
  cookieSecure: false,
};
