import { describe, expect, it } from 'vitest';
import commonEn from '@inovda/i18n/locales/en/common.json';
import commonId from '@inovda/i18n/locales/id/common.json';
import errorsEn from '@inovda/i18n/locales/en/errors.json';
import errorsId from '@inovda/i18n/locales/id/errors.json';
import en from '@inovda/i18n/locales/en/carry-over.json';
import id from '@inovda/i18n/locales/id/carry-over.json';

type TTree = { [key: string]: string | TTree };

function flatten(tree: TTree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('carry-over translations', () => {
  const pairs: [string, TTree, TTree][] = [
    ['carry-over', id, en],
    ['errors CARRY', errorsId.CARRY, errorsEn.CARRY],
  ];
  it.each(pairs)(
    '%s: every Indonesian text has its English twin with the same placeholders',
    (_ns, idTree, enTree) => {
      const idFlat = flatten(idTree);
      const enFlat = flatten(enTree);
      expect(Object.keys(enFlat).sort()).toEqual(Object.keys(idFlat).sort());
      for (const [key, text] of Object.entries(idFlat)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(enFlat[key] ?? ''), key).toEqual(placeholders(text));
      }
    },
  );

  it('names the screen in the menu and explains the archive refusal in both languages', () => {
    expect(commonId.nav.carryOver).toBe('Bawa ke tahun berikutnya');
    expect(commonEn.nav.carryOver).not.toBe('');
    expect(placeholders(errorsId.PERIOD.ARCHIVED)).toEqual(placeholders(errorsEn.PERIOD.ARCHIVED));
  });
});
