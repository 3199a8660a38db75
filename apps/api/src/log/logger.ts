// The server's one logger: pino, JSON lines on stdout in production (for journald, Docker or a log shipper),
// human-readable through pino-pretty in development when it is installed (a devDependency, so a production
// install never loads it). Secrets never reach a log line: passwords, cookies and session tokens are redacted
// wherever they appear in a logged object, and the request serializers never include headers.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { earlyLogSettings } from '../env.ts';

export type { Logger } from 'pino';

type LogFormat = 'json' | 'pretty';

/** Paths censored in every log line (pino redact). Request headers are not logged at all; these catch the rest. */
const REDACT_PATHS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'sessionToken',
  'cookie',
  'authorization',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.passwordHash',
  '*.token',
  '*.sessionToken',
  '*.cookie',
  '*.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'input.password',
  'input.newPassword',
  'input.currentPassword',
];

export interface LoggerConfig {
  level?: string;
  format?: LogFormat;
  /** Where lines go (tests); default stdout. */
  destination?: DestinationStream;
}

function loggerOptions(level = 'info'): LoggerOptions {
  return {
    level,
    base: { app: 'inovda' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[disembunyikan/redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  };
}

/** A JSON logger, synchronous and dependency-free; the default until the start command configures one. */
export function createJsonLogger(config: Omit<LoggerConfig, 'format'> = {}): Logger {
  return pino(loggerOptions(config.level), config.destination ?? pino.destination({ sync: true }));
}

/** The start command's logger: pretty when asked and pino-pretty is installed, JSON otherwise. */
export async function createLogger(config: LoggerConfig = {}): Promise<Logger> {
  if (config.format === 'pretty' && !config.destination) {
    try {
      const { default: pretty } = await import('pino-pretty');
      return pino(
        loggerOptions(config.level),
        pretty({ sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' }),
      );
    } catch {
      // A production install has no devDependencies: fall back to JSON.
    }
  }
  return createJsonLogger(config);
}

let root: Logger | undefined;

/** The process's logger (JSON on stdout until `setRootLogger` is called by the start command). */
export function rootLogger(): Logger {
  return (root ??= createJsonLogger({ level: earlyLogSettings().level }));
}

export function setRootLogger(logger: Logger): void {
  root = logger;
}
