import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enAdmin from '@inovda/i18n/locales/en/admin.json';
import idAdmin from '@inovda/i18n/locales/id/admin.json';
import { describeOpenWork, isClosing } from './open-work';

let tId: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'id',
    resources: { id: { admin: idAdmin }, en: { admin: enAdmin } },
    defaultNS: 'admin',
    interpolation: { escapeValue: false },
  });
  tId = i18n.getFixedT('id', 'admin');
  tEn = i18n.getFixedT('en', 'admin');
});

describe('the warning before closing a period', () => {
  it('counts drafts and submissions still waiting for verification', () => {
    expect(describeOpenWork({ drafts: 3, awaitingVerification: 2 }, tId)).toEqual([
      '3 inovasi masih ditulis OPD (draf atau dikembalikan)',
      '2 inovasi sudah diajukan tetapi belum selesai diverifikasi',
    ]);
    expect(describeOpenWork({ drafts: 1, awaitingVerification: 0 }, tEn)).toEqual([
      '1 innovation is still being written by its OPD (draft or returned)',
    ]);
  });

  it('says nothing when no work is open', () => {
    expect(describeOpenWork({ drafts: 0, awaitingVerification: 0 }, tId)).toEqual([]);
  });

  it('asks only when the period moves into CLOSED', () => {
    expect(isClosing('REVIEW', 'CLOSED')).toBe(true);
    expect(isClosing('CLOSED', 'CLOSED')).toBe(false);
    expect(isClosing('OPEN', 'REVIEW')).toBe(false);
    expect(isClosing('REVIEW', undefined)).toBe(false);
  });
});
