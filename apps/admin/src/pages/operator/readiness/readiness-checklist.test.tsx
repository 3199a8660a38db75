import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import operatorEn from '@inovda/i18n/locales/en/operator.json';
import operatorId from '@inovda/i18n/locales/id/operator.json';
import { initTestI18n, installJsdomLayoutApis } from '../../../test-support/jsdom-antd';
import { ReadinessChecklist } from './readiness-checklist';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { operator: operatorId }, en: { operator: operatorEn } });
});

describe('ReadinessChecklist', () => {
  it('links a profile item to the very field to fix, and an indicator item to its card', () => {
    render(
      <MemoryRouter>
        <ReadinessChecklist
          profilePath="/innovations/x/profile"
          checklist={{
            canSubmit: false,
            blocking: [
              {
                key: 'a',
                code: 'PROFILE.REQUIRED_FIELD',
                text: 'Isian Tujuan wajib diisi.',
                blocking: true,
                profileField: 'tujuan',
              },
              {
                key: 'b',
                code: 'READINESS.EVIDENCE_MISSING',
                text: 'Indikator 16 …',
                blocking: true,
                indicatorCode: '16',
              },
            ],
            advice: [
              {
                key: 'c',
                code: 'PROFILE.RANCANG_BANGUN_SECTION_EMPTY',
                text: 'Bagian rancang bangun Isu strategis masih kosong.',
                blocking: false,
                profileField: 'rancangBangun.isuStrategis',
              },
            ],
          }}
        />
      </MemoryRouter>,
    );
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/innovations/x/profile#field-tujuan',
      '#indicator-16',
      '/innovations/x/profile#field-rancangBangun-isuStrategis',
    ]);
  });
});
