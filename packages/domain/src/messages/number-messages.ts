import type { IssueMessage } from './message-types.ts';

/** Messages of `parseIdNumber`: what was typed (`value`) and how to write it instead. */
export const NUMBER_MESSAGES: Readonly<Record<string, IssueMessage>> = {
  'NUMBER.EMPTY': { id: 'Angka wajib diisi.', en: 'A number is required.' },
  'NUMBER.DASH': {
    id: '“{value}” bukan angka. Tulis 0 bila nilainya nol.',
    en: '“{value}” is not a number. Write 0 if the value is zero.',
  },
  'NUMBER.INVALID': {
    id: '“{value}” bukan angka yang dapat dibaca. Tulis angkanya saja, mis. 1.250.000 atau 12,5.',
    en: '“{value}” is not a number that can be read. Write the digits only, e.g. 1,250,000 or 12.5.',
  },
  'NUMBER.AMBIGUOUS': {
    id: '“{value}” dapat dibaca dua cara. Titik memisahkan ribuan dan koma menandai desimal: maksud Anda {suggestion}?',
    en: '“{value}” can be read two ways. A comma groups thousands and a point marks decimals: did you mean {suggestion}?',
  },
  'NUMBER.GROUPING': {
    id: '“{value}”: pemisah ribuan ditulis tiap tiga angka, mis. 1.250.000.',
    en: '“{value}”: thousands are separated every three digits, e.g. 1,250,000.',
  },
  'NUMBER.NOT_WHOLE': {
    id: '“{value}”: tulis bilangan bulat, tanpa angka di belakang koma.',
    en: '“{value}”: write a whole number, without decimals.',
  },
  'NUMBER.TOO_MANY_DECIMALS': {
    id: '“{value}”: paling banyak {max} angka di belakang koma.',
    en: '“{value}”: at most {max} decimal places.',
  },
  'NUMBER.NEGATIVE': {
    id: '“{value}”: angka tidak boleh negatif.',
    en: '“{value}”: the number cannot be negative.',
  },
};
