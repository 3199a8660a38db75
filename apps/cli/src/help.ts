import type { Lang } from './parse-args.ts';

const HELP: Record<Lang, string> = {
  id: `inovda: hitung dan rencanakan Indeks Inovasi Daerah (IID) dari berkas portofolio.

Pemakaian:
  inovda score [--json] [--lang id|en] FILE    skor SPD, SID, IID dan predikat
  inovda plan  [--json] [--lang id|en] [--limit N] FILE
                                               himpunan inovasi terbaik untuk dikirim dan
                                               tindakan berikutnya yang paling menaikkan IID
  inovda --help | --version

FILE adalah berkas JSON portofolio (skema: @inovda/domain/portfolio.schema.json), atau - untuk stdin.
Dengan --json, stdout berisi tepat satu objek JSON. Angka tak berhingga (mis. rata-rata 640/12) ditampilkan
dibulatkan setengah ke atas ke 4 desimal; IID tetap dihitung dari nilai eksak lalu dibulatkan ke 2 desimal.
Kode keluar: 0 berhasil, 2 masukan atau argumen tidak valid (pesan di stderr, stdout kosong).
`,
  en: `inovda: score and plan the Indeks Inovasi Daerah (IID) of a portfolio file.

Usage:
  inovda score [--json] [--lang id|en] FILE    SPD, SID, IID and predicate
  inovda plan  [--json] [--lang id|en] [--limit N] FILE
                                               the best set of innovations to send and the
                                               next actions that raise the IID most
  inovda --help | --version

FILE is a portfolio JSON file (schema: @inovda/domain/portfolio.schema.json), or - for stdin.
With --json, stdout is exactly one JSON object. Non-terminating numbers (e.g. the average 640/12) are shown
rounded half-up to 4 decimals; the IID is still computed from the exact value, then rounded to 2 decimals.
Exit codes: 0 success, 2 invalid input or arguments (message on stderr, nothing on stdout).
`,
};

/** The usage text in the chosen language. */
export function renderHelp(lang: Lang): string {
  return HELP[lang];
}
