import { TRPCClientError } from '@trpc/client';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enCommon from '@inovda/i18n/locales/en/common.json';
import enErrors from '@inovda/i18n/locales/en/errors.json';
import idCommon from '@inovda/i18n/locales/id/common.json';
import idErrors from '@inovda/i18n/locales/id/errors.json';
import { describeError } from './app-error';

let tId: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'id',
    resources: { id: { common: idCommon, errors: idErrors }, en: { common: enCommon, errors: enErrors } },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  tId = i18n.getFixedT('id');
  tEn = i18n.getFixedT('en');
});

/** An error as the tRPC client raises it from the server's error formatter. */
function serverError(data: Record<string, unknown>, message = 'server text') {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe('describeError', () => {
  it('translates the application code with its params (the throttling message)', () => {
    const error = serverError({
      code: 'TOO_MANY_REQUESTS',
      appCode: 'AUTH.THROTTLED',
      params: { minutes: 15 },
    });
    expect(describeError(error, tId).message).toBe(
      'Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.',
    );
    expect(describeError(error, tEn).message).toBe('Too many sign-in attempts. Try again in 15 minutes.');
  });

  it('returns zod field errors per field, translating codes and keeping plain messages', () => {
    const error = serverError({
      code: 'BAD_REQUEST',
      appCode: 'VALIDATION.INVALID_INPUT',
      fieldErrors: { name: ['Wajib diisi'], 'profile.tujuan': ['AUTH.FORBIDDEN'], empty: [] },
    });
    const view = describeError(error, tId);
    expect(view.message).toBe('Isian tidak valid. Periksa kolom yang ditandai.');
    expect(view.fieldErrors).toEqual({
      name: ['Wajib diisi'],
      'profile.tujuan': ['Peran Anda tidak diizinkan melakukan tindakan ini.'],
    });
  });

  it('shows codes in the params as words, never as SCREAMING_CASE', () => {
    const error = serverError({
      code: 'BAD_REQUEST',
      appCode: 'WORKFLOW.NOT_ALLOWED',
      params: { action: 'SUBMIT', from: 'IN_REVIEW', states: 'DRAFT, RETURNED' },
    });
    expect(describeError(error, tId).message).toBe(
      'Tindakan ajukan tidak dapat dilakukan dari status Sedang diverifikasi (hanya dari: Draf, Dikembalikan).',
    );
    const period = serverError({
      code: 'BAD_REQUEST',
      appCode: 'PERIOD.INVALID_STATE_CHANGE',
      params: { from: 'ARCHIVED', to: 'OPEN' },
    });
    expect(describeError(period, tEn).message).not.toMatch(/ARCHIVED|OPEN\b/);
    expect(describeError(period, tId).message).toBe(
      'Status periode tidak dapat diubah dari Diarsipkan ke Dibuka.',
    );
  });

  it('falls back to the tRPC code when the app has no words for the application code', () => {
    const error = serverError({ code: 'CONFLICT', appCode: 'SOMETHING.NEW' }, 'Pesan server');
    expect(describeError(error, tId).message).toBe(
      'Data ini sudah diubah orang lain. Muat ulang, lalu ulangi perubahan Anda.',
    );
  });

  it("shows the server's own text when neither code is known", () => {
    const error = serverError(
      { code: 'TEAPOT', appCode: 'SOMETHING.NEW' },
      'Permintaan ditolak (SOMETHING.NEW).',
    );
    expect(describeError(error, tId).message).toBe('Permintaan ditolak (SOMETHING.NEW).');
  });

  it('explains a dropped connection', () => {
    const error = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(describeError(error, tId).message).toBe(
      'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    );
  });

  it('never returns an empty message', () => {
    expect(describeError(new Error(''), tEn).message).toBe('Something went wrong. Try again.');
    expect(describeError(undefined, tEn).message).toBe('Something went wrong. Try again.');
  });

  it('finds the texts in `common` even when the screen uses another namespace', () => {
    const error = serverError({ code: 'UNAUTHORIZED', appCode: 'AUTH.INVALID_CREDENTIALS' });
    const tAuth = i18next.createInstance();
    void tAuth.init({
      lng: 'id',
      resources: { id: { common: idCommon, errors: idErrors, auth: {} } },
      defaultNS: 'auth',
    });
    expect(describeError(error, tAuth.getFixedT('id', 'auth')).message).toBe('Email atau kata sandi salah.');
  });
});
