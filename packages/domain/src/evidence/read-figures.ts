import type { TextSpot } from './classify-document.ts';
import type { TFigureKind } from './expectation-schema.ts';
import { findWords, matchesAt, sameWord, similarity, words } from './fuzzy.ts';
import { readActorKinds } from './read-actors.ts';
import { numbersIn } from './read-numbers.ts';
import { type TextLine, snippetOf } from './text-lines.ts';

/** A figure read from a document: its value, the distinct names counted (for regions/PD), and where. */
export interface ReadFigure extends TextSpot {
  readonly value: number;
  readonly keys?: readonly string[];
}

const ROLE_WORDS = [
  'KETUA',
  'WAKIL',
  'SEKRETARIS',
  'ANGGOTA',
  'KOORDINATOR',
  'PENANGGUNG',
  'PELAKSANA',
  'OPERATOR',
  'PETUGAS',
  'KADER',
  'ADMIN',
  'PENGARAH',
  'BENDAHARA',
  'VERIFIKATOR',
  'PENDAMPING',
  'FASILITATOR',
  'NARASUMBER',
];
const PD_HEADS = [
  ['DINAS'],
  ['BADAN'],
  ['INSPEKTORAT'],
  ['SEKRETARIAT', 'DAERAH'],
  ['SATUAN', 'POLISI'],
  ['RSUD'],
  ['RUMAH', 'SAKIT', 'UMUM', 'DAERAH'],
  ['KECAMATAN'],
];
const PD_STOP = [
  'KABUPATEN',
  'KOTA',
  'PROVINSI',
  'SEBAGAI',
  'SELAKU',
  'YANG',
  'DENGAN',
  'PADA',
  'NOMOR',
  'TAHUN',
];

function at(line: TextLine, lines: readonly TextLine[], value: number, keys?: string[]): ReadFigure {
  return {
    page: line.page,
    ocr: line.ocr,
    snippet: snippetOf(lines, line.index),
    value,
    ...(keys ? { keys } : {}),
  };
}

function best(found: ReadFigure[], prefer: 'max' | 'min'): ReadFigure | null {
  if (found.length === 0) return null;
  return found.reduce((a, b) => ((prefer === 'max' ? b.value > a.value : b.value < a.value) ? b : a));
}

/** Members listed in numbered rows carrying a role or an NIP, or a stated "sebanyak N orang". */
function personsListed(lines: readonly TextLine[]): ReadFigure | null {
  const numbers = new Set<number>();
  let last: TextLine | null = null;
  const stated: ReadFigure[] = [];
  for (const line of lines) {
    const first = line.words[0] ?? '';
    const hasRole =
      line.words.some((w) => ROLE_WORDS.some((r) => sameWord(w, r))) ||
      /\d{15,18}/.test(line.raw.replace(/\s/g, ''));
    if (/^\d{1,3}$/.test(first) && hasRole) {
      numbers.add(Number(first));
      last = line;
    }
    const i = line.words.findIndex((w) => sameWord(w, 'SEBANYAK') || sameWord(w, 'BERJUMLAH'));
    const n = i >= 0 ? Number(line.words[i + 1]) : NaN;
    if (Number.isInteger(n) && n > 0 && line.words.slice(i + 2, i + 5).some((w) => sameWord(w, 'ORANG'))) {
      stated.push(at(line, lines, n));
    }
  }
  const listed = last ? [at(last, lines, numbers.size)] : [];
  return best([...listed, ...stated], 'min');
}

function dedupe(keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) if (!out.some((k) => similarity(k, key) >= 0.85)) out.push(key);
  return out;
}

/** Distinct Perangkat Daerah named (Dinas ..., Badan ..., Kecamatan ...), names compared allowing OCR errors. */
function perangkatDaerah(lines: readonly TextLine[]): ReadFigure | null {
  const keys: string[] = [];
  let last: TextLine | null = null;
  for (const line of lines) {
    for (let i = 0; i < line.words.length; i++) {
      const headWords = PD_HEADS.find((h) => matchesAt(line.words, i, h) >= 0);
      if (!headWords) continue;
      const name: string[] = [];
      for (let j = i; j < line.words.length && name.length < 7; j++) {
        const word = line.words[j] ?? '';
        if (j > i + headWords.length - 1 && PD_STOP.some((s) => sameWord(word, s))) break;
        if (/^\d+$/.test(word)) break;
        name.push(word);
      }
      if (name.length > headWords.length) {
        keys.push(name.join(' '));
        last = line;
      }
    }
  }
  const distinct = dedupe(keys);
  return last ? at(last, lines, distinct.length, distinct) : null;
}

/** Kabupaten/Kota named in the document other than the innovation's own region (replicating regions). */
function partnerRegions(lines: readonly TextLine[], ownRegion: string | undefined): ReadFigure | null {
  const own = ownRegion
    ? words(ownRegion)
        .filter((w) => !['KABUPATEN', 'KOTA', 'KAB'].includes(w))
        .join(' ')
    : '';
  const keys: string[] = [];
  // Assigned inside the callback below, which TypeScript's narrowing does not follow.
  let last = null as TextLine | null;
  for (const line of lines) {
    line.words.forEach((word, i) => {
      if (!sameWord(word, 'KABUPATEN') && word !== 'KOTA') return;
      const name = line.words[i + 1];
      if (!name || /^\d/.test(name) || name.length < 3) return;
      if (own && similarity(name, own) >= 0.8) return;
      if (['YANG', 'DAN', 'DENGAN', 'INI', 'TERSEBUT', 'SETEMPAT'].includes(name)) return;
      keys.push(name);
      last = line;
    });
  }
  const distinct = dedupe(keys);
  return last ? at(last, lines, distinct.length, distinct) : null;
}

/** The service time of an SOP in days ("Waktu penyelesaian: 3 hari", "1 x 24 jam" is one day). */
function serviceDays(lines: readonly TextLine[]): ReadFigure | null {
  const found: ReadFigure[] = [];
  for (const line of lines) {
    const labelled = findWords(line.words, ['WAKTU']) >= 0 || findWords(line.words, ['JANGKA']) >= 0;
    if (!labelled) continue;
    for (let i = 0; i < line.words.length; i++) {
      const n = Number(line.words[i]);
      if (!Number.isFinite(n) || n <= 0) continue;
      let unitAt = i + 1;
      if (
        /^[A-Z]+$/.test(line.words[unitAt] ?? '') &&
        !['HARI', 'JAM', 'MENIT'].some((u) => sameWord(line.words[unitAt] ?? '', u))
      )
        unitAt += 1; // "(tiga)"
      const unit = line.words[unitAt] ?? '';
      if (sameWord(unit, 'HARI')) found.push(at(line, lines, n));
      else if (sameWord(unit, 'JAM')) found.push(at(line, lines, Math.max(1, Math.ceil(n / 24))));
      else if (sameWord(unit, 'MENIT')) found.push(at(line, lines, 1));
    }
  }
  // Several steps may be listed; the total is the longest one stated.
  return best(found, 'max');
}

/** The largest rupiah amount written in the document (for information). */
function budgetRupiah(lines: readonly TextLine[]): ReadFigure | null {
  const found: ReadFigure[] = [];
  for (const line of lines) {
    for (const m of line.raw.matchAll(/Rp\.?\s*([\d.]+(?:,\d+)?)/gi)) {
      const [value] = numbersIn(m[1] ?? '');
      if (value !== undefined && value >= 1000) found.push(at(line, lines, value));
    }
  }
  return best(found, 'max');
}

/** A labelled total ("Jumlah penerima manfaat: 350 orang") or, failing that, the numbered rows of the list. */
function labelledCount(lines: readonly TextLine[], units: readonly string[]): ReadFigure | null {
  const found: ReadFigure[] = [];
  for (const line of lines) {
    if (!line.words.some((w) => sameWord(w, 'JUMLAH') || sameWord(w, 'TOTAL'))) continue;
    line.words.forEach((word, i) => {
      const next = line.words[i + 1] ?? '';
      if (/^\d+$/.test(word) && units.some((u) => sameWord(next, u))) {
        const [value] = numbersIn(
          line.raw.slice(line.raw.search(new RegExp(`\\d[\\d.]*\\s*(${next})`, 'i'))),
        );
        found.push(at(line, lines, value ?? Number(word)));
      }
    });
  }
  return best(found, 'max');
}

const PERCENT_WORDS = ['CAKUPAN', 'PERSENTASE', 'EFISIENSI', 'PENINGKATAN', 'KENAIKAN'];

function percent(lines: readonly TextLine[]): ReadFigure | null {
  const found: ReadFigure[] = [];
  for (const line of lines) {
    if (!line.words.some((w) => [...PERCENT_WORDS, 'TOTAL'].some((k) => sameWord(w, k)))) continue;
    const before = found.length;
    for (const m of line.raw.matchAll(/(\d+(?:,\d+)?)\s*%/g)) {
      const [value] = numbersIn(m[1] ?? '');
      if (value !== undefined) found.push(at(line, lines, value));
    }
    // OCR often loses the percent sign of a scan ("75,25 #", "20 96", "2 “6"): on a labelled line read by OCR,
    // the first number after the label's colon is the percentage (marked for a person to confirm by the caller).
    // "Total" alone names no percentage, so it never takes this path.
    const colon = line.raw.lastIndexOf(':');
    const named = line.words.some((w) => !sameWord(w, 'TOTAL') && PERCENT_WORDS.some((k) => sameWord(w, k)));
    if (found.length === before && line.ocr && named && colon >= 0) {
      const m = /^\s*(\d+(?:,\d+)?)(?!\d)/.exec(line.raw.slice(colon + 1));
      const [value] = numbersIn(m?.[1] ?? '');
      if (value !== undefined && value <= 100) found.push(at(line, lines, value));
    }
  }
  return best(found, 'max');
}

/** Reads one figure from a document's lines; null when it is not written there. */
export function readFigure(
  kind: TFigureKind,
  lines: readonly TextLine[],
  ownRegion?: string,
): ReadFigure | null {
  switch (kind) {
    case 'PERSONS_LISTED':
      return personsListed(lines);
    case 'PERANGKAT_DAERAH':
      return perangkatDaerah(lines);
    case 'PARTNER_REGIONS':
      return partnerRegions(lines, ownRegion);
    case 'SERVICE_DAYS':
      return serviceDays(lines);
    case 'BUDGET_RUPIAH':
      return budgetRupiah(lines);
    case 'BENEFICIARIES':
      return labelledCount(lines, ['ORANG', 'JIWA', 'PENERIMA', 'PESERTA', 'PASIEN', 'WARGA', 'SISWA']);
    case 'ITEMS':
      return labelledCount(lines, ['BARANG', 'UNIT', 'PRODUK', 'BUAH', 'PAKET', 'PCS']);
    case 'PERCENT':
      return percent(lines);
    case 'ACTOR_KINDS': {
      const found = readActorKinds(lines);
      return found ? at(found.line, lines, found.keys.length, found.keys) : null;
    }
  }
}
