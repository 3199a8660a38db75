import { describe, expect, it } from 'vitest';
import { classifyDocument, innovationAliases } from './classify-document.ts';
import { editDistance, sameWord } from './fuzzy.ts';

const page = (text: string, ocr = false) => [{ page: 1, text, ocr }];
const NAME = 'SIJAKAPATI (Sistem Informasi Jejaring Kesehatan Pati)';

describe('classifyDocument', () => {
  it.each([
    ['BUPATI PATI\nPERATURAN DAERAH KABUPATEN PATI\nNOMOR 1 TAHUN 2022', 'PERATURAN_DAERAH', 'KEPALA_DAERAH'],
    ['BUPATI PATI\nPERATURAN BUPATI PATI\nNOMOR 12 TAHUN 2024', 'PERATURAN_KEPALA_DAERAH', 'KEPALA_DAERAH'],
    ['WALI KOTA SEMARANG\nPERATURAN WALI KOTA SEMARANG', 'PERATURAN_KEPALA_DAERAH', 'KEPALA_DAERAH'],
    ['BUPATI PATI\nKEPUTUSAN BUPATI PATI\nNOMOR 050/1/2025', 'KEPUTUSAN', 'KEPALA_DAERAH'],
    [
      'DINAS SOSIAL\nKEPUTUSAN KEPALA DINAS SOSIAL\nNomor: 1/2025\na.n. BUPATI PATI\nKEPALA DINAS SOSIAL',
      'KEPUTUSAN',
      'KEPALA_PD_AN_KD',
    ],
    ['PUSKESMAS KAYEN\nKEPUTUSAN KEPALA PUSKESMAS KAYEN', 'KEPUTUSAN', 'KEPALA_PD'],
    [
      'PEMERINTAH KABUPATEN PATI\nSURAT TUGAS\nNomor: 800/1/2025\nKEPALA DINAS KESEHATAN',
      'SURAT_TUGAS',
      'KEPALA_PD',
    ],
    [
      'BUPATI PATI\nSURAT PERINTAH\nNomor: 800/2/2025\nBUPATI PATI,\nHARYANTO',
      'SURAT_TUGAS',
      'KEPALA_DAERAH',
    ],
    ['LEMBAGA PENELITIAN UNIVERSITAS MURIA KUDUS\nLAPORAN AKHIR KAJIAN', 'LAPORAN_PENELITIAN', 'EXTERNAL'],
    ['DINAS KESEHATAN\nLAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', 'LAPORAN_SKM', null],
    [
      'PEMERINTAH KABUPATEN PATI\nSURAT PERNYATAAN\nTelah mereplikasi inovasi',
      'SURAT_PERNYATAAN_REPLIKASI',
      null,
    ],
    ['Foto kegiatan', null, null],
  ])('reads %j as %s issued by %s', (text, kind, issuer) => {
    const facts = classifyDocument(page(text), NAME);
    expect(facts.kind).toBe(kind);
    expect(facts.issuer).toBe(issuer);
  });

  it('survives OCR errors in titles, months and names', () => {
    const text =
      'BUPAT1 PATI\nPERATURAN BUPATl PAT1\nN0MOR 12 TAHUN 2024\nLampiran: SIJAKAPAT1 Sistem lnformasi Jejaring Kesehatan Pati\nDitetapkan di Pati\npada tanggal 3 Maret 2O24';
    const facts = classifyDocument(page(text, true), NAME);
    expect(facts.kind).toBe('PERATURAN_KEPALA_DAERAH');
    expect(facts.year?.value).toBe(2024);
    expect(facts.namesInnovation).toMatchObject({ page: 1, ocr: true });
    expect(facts.ocr).toBe(true);
  });

  it('reads the year it was enacted, the fiscal year and the date of the activity', () => {
    const sk = classifyDocument(
      page('KEPUTUSAN BUPATI PATI\nNOMOR 050/12/2024\nDitetapkan di Pati\npada tanggal 2 Januari 2025'),
      NAME,
    );
    expect(sk.year?.value).toBe(2025);
    expect(sk.number).toBe('050/12/2024');
    const dpa = classifyDocument(page('DOKUMEN PELAKSANAAN ANGGARAN\nTAHUN ANGGARAN 2025'), NAME);
    expect(dpa.fiscalYear?.value).toBe(2025);
    const list = classifyDocument(page('DAFTAR HADIR\nBimtek\nHari/Tanggal : Selasa, 1 Juli 2025'), NAME);
    expect(list.eventDate?.value).toBe('2025-07-01');
  });

  it('does not take another innovation for this one', () => {
    expect(
      classifyDocument(page('PERATURAN BUPATI PATI\nLampiran: SI CANTIK Pati'), NAME).namesInnovation,
    ).toBeNull();
    expect(
      classifyDocument(
        page('PERATURAN BUPATI PATI\nLampiran: Sistem Informasi Jejaring\nKesehatan Pati'),
        NAME,
      ).namesInnovation,
    ).not.toBeNull();
  });
});

describe('fuzzy words', () => {
  it('allows one error in a word of 4-8 letters, two from 9, none below 4', () => {
    expect(sameWord('BUPATL', 'BUPATI')).toBe(true);
    expect(sameWord('KESEHATAM', 'KESEHATAN')).toBe(true);
    expect(sameWord('DAN', 'DEN')).toBe(false);
    expect(sameWord('PERDA', 'PERBUP')).toBe(false);
    expect(editDistance('KITTEN', 'SITTING')).toBe(3);
  });

  it('names an innovation by its full name, the name outside and inside the parentheses', () => {
    expect(innovationAliases(NAME).map((a) => a.join(' '))).toEqual([
      'SIJAKAPATI SISTEM INFORMASI JEJARING KESEHATAN PATI',
      'SIJAKAPATI',
      'SISTEM INFORMASI JEJARING KESEHATAN PATI',
    ]);
  });
});
