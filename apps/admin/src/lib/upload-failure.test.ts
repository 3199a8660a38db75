import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enCommon from '@inovda/i18n/locales/en/common.json';
import enErrors from '@inovda/i18n/locales/en/errors.json';
import idCommon from '@inovda/i18n/locales/id/common.json';
import idErrors from '@inovda/i18n/locales/id/errors.json';
import { canResumeAfter, describeUploadFailure } from './upload-failure';

let tId: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'id',
    resources: { id: { common: idCommon, errors: idErrors }, en: { common: enCommon, errors: enErrors } },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  tId = i18n.getFixedT('id');
});

describe('a refused evidence upload', () => {
  const fakePdf = { appCode: 'UPLOAD.UNSUPPORTED_TYPE', params: {}, message: 'unsupported', status: 415 };

  it('names only the kinds this indicator takes, in words', () => {
    const text = describeUploadFailure(fakePdf, ['PDF', 'JPEG'], tId);
    expect(text).toBe(
      'Isi berkas ini bukan jenis yang diterima indikator ini (PDF, foto JPEG). Jenis diperiksa dari isi berkas, bukan dari namanya.',
    );
    expect(text).not.toMatch(/MP4|PNG/);
  });

  it('offers resuming only after a broken connection or a server failure, never after a refusal', () => {
    expect(canResumeAfter(fakePdf)).toBe(false);
    expect(canResumeAfter({ message: 'Failed to fetch' })).toBe(true);
    expect(canResumeAfter({ message: 'bad gateway', status: 502 })).toBe(true);
    expect(canResumeAfter({ appCode: 'UPLOAD.TOO_LARGE', message: 'too large', status: 413 })).toBe(false);
  });
});
