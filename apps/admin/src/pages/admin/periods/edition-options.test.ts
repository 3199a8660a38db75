import { describe, expect, it } from 'vitest';
import { toEditionOptions } from './edition-options';

describe('toEditionOptions', () => {
  it('offers nothing until the list has loaded', () => {
    expect(toEditionOptions(undefined)).toEqual([]);
  });

  it('lists built-in editions first, then the custom ones, each named with its code', () => {
    const options = toEditionOptions({
      builtIn: [
        { code: 'iga-2026', name: 'IGA 2026' },
        { code: 'iga-2024', name: 'IGA 2024' },
      ],
      custom: [{ code: 'pati-2027', name: 'Pati 2027' }],
    } as unknown as Parameters<typeof toEditionOptions>[0]);
    expect(options).toEqual([
      { code: 'iga-2026', name: 'IGA 2026 (iga-2026)' },
      { code: 'iga-2024', name: 'IGA 2024 (iga-2024)' },
      { code: 'pati-2027', name: 'Pati 2027 (pati-2027)' },
    ]);
  });
});
