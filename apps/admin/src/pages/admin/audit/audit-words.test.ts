import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enAdmin from '@inovda/i18n/locales/en/admin.json';
import enCommon from '@inovda/i18n/locales/en/common.json';
import idAdmin from '@inovda/i18n/locales/id/admin.json';
import idCommon from '@inovda/i18n/locales/id/common.json';
import { describeAuditAction, describeAuditSubject, fieldWords, valueWords } from './audit-words';

let tId: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'id',
    resources: { id: { admin: idAdmin, common: idCommon }, en: { admin: enAdmin, common: enCommon } },
    defaultNS: 'admin',
    interpolation: { escapeValue: false },
  });
  tId = i18n.getFixedT('id', 'admin');
  tEn = i18n.getFixedT('en', 'admin');
});

const verdictEvent = {
  action: 'review.verdict',
  entity: 'IndicatorAnswer',
  after: { verdict: 'REJECTED', note: 'Bukti tidak terbaca' },
  subject: {
    innovationName: 'Jemput Bola Imunisasi',
    indicatorCode: '32',
    indicatorName: 'Kecepatan penciptaan inovasi',
    name: null,
    year: 2026,
  },
};

describe('the audit trail in words', () => {
  it('says what the verifier did, on which indicator, never the action code', () => {
    expect(describeAuditAction(verdictEvent, tId)).toBe(
      'Menolak indikator 32 ‘Kecepatan penciptaan inovasi’',
    );
    expect(describeAuditAction(verdictEvent, tEn)).toBe(
      'Rejected indicator 32 ‘Kecepatan penciptaan inovasi’',
    );
    expect(describeAuditSubject(verdictEvent, tId)).toBe('Jemput Bola Imunisasi (periode 2026)');
  });

  it.each([
    ['submission.return_for_revision', 'Mengembalikan untuk diperbaiki'],
    ['auth.setLocale', 'Mengganti bahasa tampilan'],
    ['carry-over.carry', 'Membawa inovasi ke periode berikutnya'],
    ['seed.demo', 'Mengisi data contoh'],
    ['something.new', 'Mengubah data'],
  ])('%s reads "%s"', (action, words) => {
    expect(describeAuditAction({ action, entity: 'Submission', after: null, subject: null }, tId)).toBe(
      words,
    );
  });

  it('names changed fields and their codes in words', () => {
    expect(fieldWords('verifiedTier', tId)).toBe('Tingkat terverifikasi');
    expect(fieldWords('someNewField', tEn)).toBe('Some new field');
    expect(valueWords('Submission', 'state', 'IN_REVIEW', tId)).toBe('Sedang diverifikasi');
    expect(valueWords('Period', 'state', 'PLANNING', tEn)).toBe('Planning');
    expect(valueWords('Innovation', 'tahapan', 'UJI_COBA', tId)).toBe('Uji coba');
  });
});
