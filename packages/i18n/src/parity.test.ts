import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.ts';
import { RESOURCES } from './catalogue.ts';
import { NAMESPACES } from './namespaces.ts';

/** Every leaf of a namespace as `dotted.key -> text`. */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the catalogue', () => {
  it('registers every JSON file of every language, and only those', () => {
    for (const lng of LANGUAGES) {
      const files = readdirSync(resolve(import.meta.dirname, '../locales', lng)).map((f) =>
        f.replace('.json', ''),
      );
      expect(files.sort(), lng).toEqual([...NAMESPACES].sort());
    }
    expect(Object.keys(RESOURCES.id).sort()).toEqual([...NAMESPACES].sort());
    expect(NAMESPACES.length).toBeGreaterThanOrEqual(17);
  });

  describe.each(NAMESPACES)('namespace %s', (ns) => {
    const id = leaves(RESOURCES.id[ns]);
    const en = leaves(RESOURCES.en[ns]);

    it('has the same keys in Indonesian and English', () => {
      expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
    });

    it('uses the same placeholders in both languages', () => {
      // Plural forms of one key may drop `{{count}}` ("one file"), so they are compared as a group.
      const byBase = (texts: Map<string, string>) => {
        const groups = new Map<string, Set<string>>();
        for (const [key, text] of texts) {
          const base = key.replace(PLURAL, '');
          const set = groups.get(base) ?? new Set<string>();
          // A param named `<x>En` is the English twin of `<x>` (a text the server has in both languages).
          for (const name of placeholders(text)) set.add(name.replace(/(?<=[a-z])En$/, ''));
          groups.set(base, set);
        }
        return groups;
      };
      const enGroups = byBase(en);
      for (const [base, names] of byBase(id)) {
        expect([...(enGroups.get(base) ?? [])].sort(), `${ns}:${base}`).toEqual([...names].sort());
      }
    });

    it('writes placeholders only as {{name}} and leaves no text empty', () => {
      for (const [lng, texts] of [
        ['id', id],
        ['en', en],
      ] as const) {
        for (const [key, text] of texts) {
          expect(text.trim(), `${lng} ${ns}:${key}`).not.toBe('');
          const bare = text.replace(/\{\{[^}]*\}\}/g, '');
          expect(bare, `${lng} ${ns}:${key} has a single-brace placeholder`).not.toMatch(/\{\w+\}/);
        }
      }
    });

    it('has every plural form the language needs', () => {
      for (const lng of LANGUAGES) {
        const texts = lng === 'id' ? id : en;
        const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
        const bases = new Set(
          [...texts.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
        );
        for (const base of bases) {
          for (const category of needed)
            expect(texts.has(`${base}_${category}`), `${lng} ${ns}:${base}_${category}`).toBe(true);
        }
      }
    });
  });
});
