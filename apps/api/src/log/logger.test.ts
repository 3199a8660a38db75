// Secrets never reach a log line, whatever object carries them.
import { describe, expect, it } from 'vitest';
import { createJsonLogger, createLogger } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const logger = createJsonLogger({ destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines };
}

describe('logger', () => {
  it('redacts passwords, hashes, tokens and cookies at the top level and one level down', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'rahasia-1',
        input: {
          email: 'a@b.id',
          password: 'rahasia-2',
          newPassword: 'rahasia-3',
          currentPassword: 'rahasia-4',
        },
        user: { passwordHash: '$argon2id$v=19$abc', token: 'tok-5' },
        req: { headers: { cookie: 'inovda_session=sess-6', authorization: 'Bearer tok-7' } },
        res: { headers: { 'set-cookie': 'inovda_session=sess-8' } },
        sessionToken: 'tok-9',
      },
      'masuk',
    );
    const line = lines.join('');
    for (const secret of ['rahasia', '$argon2id', 'tok-', 'sess-']) expect(line).not.toContain(secret);
    expect(line).toContain('a@b.id');
    expect(JSON.parse(line)).toMatchObject({ level: 'info', app: 'inovda', msg: 'masuk' });
  });

  it('writes one JSON object per line with an ISO time', () => {
    const { logger, lines } = capture();
    logger.warn('peringatan');
    const entry = JSON.parse(lines[0] ?? '{}') as { time: string; level: string };
    expect(entry.level).toBe('warn');
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
  });

  it('falls back to JSON when a destination is given, even if pretty was asked', async () => {
    const lines: string[] = [];
    const logger = await createLogger({
      format: 'pretty',
      destination: { write: (line: string) => void lines.push(line) },
    });
    logger.info('halo');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ msg: 'halo' });
  });
});
