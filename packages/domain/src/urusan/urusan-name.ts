import { URUSAN } from './urusan.ts';

/**
 * An urusan name in comparable form: lower case, "dan" and punctuation dropped, spaces collapsed
 * ("Koperasi, Usaha Kecil, dan Menengah" -> "koperasi usaha kecil menengah"; a slug's hyphens become spaces).
 */
export function normaliseUrusanName(name: string): string {
  return name
    .toLocaleLowerCase('id')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'dan')
    .join(' ');
}

// Spellings seen in forms and older regulations besides the UU 23/2014 label.
const ALIASES: Readonly<Record<string, string>> = {
  'pemberdayaan perempuan perlindungan anak': 'pemberdayaan-perempuan-pelindungan-anak',
  'ketenteraman ketertiban umum perlindungan masyarakat': 'trantibum-linmas',
  'kepemudaan olahraga': 'kepemudaan-olahraga',
  'perumahan kawasan permukiman': 'perumahan-kawasan-permukiman',
  'koperasi ukm': 'koperasi-usaha-kecil-menengah',
  'penelitian pengembangan litbang': 'penelitian-pengembangan',
  trantibum: 'trantibum-linmas',
};

const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...URUSAN.map((urusan) => [normaliseUrusanName(urusan.label), urusan.slug] as const),
  ...Object.entries(ALIASES),
]);

/**
 * The slug of an urusan given its Indonesian name as written in forms and in `fixtures/pati-demo.json`
 * ("Pekerjaan Umum dan Penataan Ruang" -> `pekerjaan-umum-penataan-ruang`). Case, punctuation and "dan" are
 * ignored; a slug is accepted as is. Returns `undefined` for an unknown name.
 */
export function urusanSlugFromName(name: string): string | undefined {
  const key = normaliseUrusanName(name);
  return BY_NAME.get(key) ?? URUSAN.find((urusan) => urusan.slug === name.trim())?.slug;
}
