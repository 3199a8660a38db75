// Reminder words in both languages, per audience and milestone, and the e-mail built from them.
import { describe, expect, it } from 'vitest';
import { renderReminderEmail } from './email.ts';
import { type ReminderFacts, renderReminder } from './messages.ts';
import type { ReminderData } from './plan.ts';

const data = (over: Partial<ReminderData> = {}): ReminderData => ({
  periodId: 'p1',
  periodName: 'IID 2026',
  year: 2026,
  deadlineAt: '2026-06-15T16:59:00.000Z',
  daysLeft: 3,
  timeZone: 'Asia/Jakarta',
  counts: { DRAFT: 2, RETURNED: 1, SUBMITTED: 4, IN_REVIEW: 1, VERIFIED: 3 },
  units: 12,
  unitsWithout: 1,
  unitsWithoutNames: ['UPTD Puskesmas Tambakromo'],
  ...over,
});
const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({
  audience: 'OPERATOR',
  deadline: 'INTERNAL',
  milestone: 'D3',
  data: data(),
  ...over,
});

describe('renderReminder', () => {
  it.each([
    [
      'D7',
      7,
      'Pengingat: tenggat internal IID 2026 tinggal 7 hari',
      'Reminder: IID 2026 internal deadline in 7 days',
    ],
    [
      'D1',
      1,
      'Pengingat: tenggat internal IID 2026 besok',
      'Reminder: IID 2026 internal deadline is tomorrow',
    ],
    [
      'D1',
      0,
      'Pengingat: tenggat internal IID 2026 hari ini',
      'Reminder: IID 2026 internal deadline is today',
    ],
    ['OVERDUE', -2, 'Sudah lewat: tenggat internal IID 2026', 'Passed: IID 2026 internal deadline'],
  ] as const)('%s with %i days left', (milestone, daysLeft, id, en) => {
    const f = facts({ milestone, data: data({ daysLeft }) });
    expect(renderReminder(f, 'id').title).toBe(id);
    expect(renderReminder(f, 'en').title).toBe(en);
  });

  it('tells an operator what is open and which units have nothing, with English plurals', () => {
    expect(renderReminder(facts(), 'id').body).toBe(
      'Di unit Anda 2 inovasi masih draf dan 1 inovasi dikembalikan untuk perbaikan; lengkapi dan ajukan sebelum tenggat. 1 unit belum punya inovasi untuk periode ini: UPTD Puskesmas Tambakromo.',
    );
    expect(renderReminder(facts(), 'en').body).toBe(
      'In your units 2 innovations are still drafts and 1 innovation was returned for revision; complete and submit before the deadline. 1 unit has no innovation for this period yet: UPTD Puskesmas Tambakromo.',
    );
  });

  it('picks the English singular for one and the plural otherwise (i18next plural forms)', () => {
    const one = data({ counts: { DRAFT: 1, SUBMITTED: 1 }, unitsWithout: 0, unitsWithoutNames: [] });
    expect(renderReminder(facts({ data: one }), 'en').body).toBe(
      'In your units 1 innovation is still a draft; complete and submit before the deadline.',
    );
    expect(renderReminder(facts({ audience: 'VERIFIER', data: one }), 'en').body).toBe(
      '1 submission is waiting for review (1 newly submitted, 0 in review).',
    );
    const none = data({ counts: { RETURNED: 2 }, units: 1, unitsWithout: 0 });
    expect(renderReminder(facts({ data: none }), 'en').body).toBe(
      'In your units 2 innovations were returned for revision; complete and submit before the deadline.',
    );
    expect(renderReminder(facts({ audience: 'ADMIN', data: none }), 'en').body).toMatch(
      /^Summary: 0 of 1 unit has no innovation yet\./,
    );
  });

  it('lists at most the stored names and counts the rest', () => {
    const many = data({ counts: {}, unitsWithout: 14, unitsWithoutNames: ['A', 'B'] });
    expect(renderReminder(facts({ data: many }), 'id').body).toBe(
      '14 unit belum punya inovasi untuk periode ini: A, B (dan 12 lainnya).',
    );
    expect(renderReminder(facts({ data: many }), 'en').body).toBe(
      '14 units have no innovation for this period yet: A, B (and 12 more).',
    );
  });

  it('gives the verifier its queue and the admin the summary; overdue asks to finish', () => {
    expect(renderReminder(facts({ audience: 'VERIFIER' }), 'id').body).toBe(
      '5 pengajuan menunggu verifikasi (4 baru diajukan, 1 sedang diperiksa).',
    );
    const admin = renderReminder(facts({ audience: 'ADMIN', milestone: 'OVERDUE' }), 'en');
    expect(admin.body).toBe(
      'Summary: 1 of 12 units have no innovation yet. Not submitted 3 (draft 2, returned 1), waiting for review 5, verified 3, ready to send 0, sent 0, rejected 0. Please finish as soon as possible, and contact the regional innovation team if needed.',
    );
  });

  it('writes the deadline in the region zone with its Indonesian name', () => {
    expect(renderReminder(facts(), 'id').deadlineLine).toBe('Tenggat: Senin, 15 Juni 2026 pukul 23.59 WIB');
    const wita = facts({ data: data({ timeZone: 'Asia/Makassar' }) });
    expect(renderReminder(wita, 'en').deadlineLine).toBe('Deadline: Tuesday, 16 June 2026 at 00:59 WITA');
  });
});

describe('renderReminderEmail', () => {
  it('escapes names in the HTML part and keeps them as they are in the text part', () => {
    const mail = renderReminderEmail({
      ...facts({ data: data({ unitsWithoutNames: ['<b>Unit & Co</b>'] }) }),
      to: 'op@uji.go.id',
      name: 'Ani "Operator"',
      url: 'https://inovda.uji.go.id/innovations',
      settingsUrl: 'https://inovda.uji.go.id/notifications',
    });
    expect(mail.html).toContain('&lt;b&gt;Unit &amp; Co&lt;/b&gt;');
    expect(mail.html).toContain('Yth. Ani &quot;Operator&quot;,');
    expect(mail.html).not.toContain('<b>Unit');
    expect(mail.text).toContain('<b>Unit & Co</b>');
    expect(mail.text.split('— English —')).toHaveLength(2);
  });
});
