// The printable profile of one innovation (A4, Indonesian): identity, rancang bangun, tujuan/manfaat/hasil,
// the SID indicators with claimed and verified tiers, and a signature block for the head of the unit.
// Written for Indonesian readers: DejaVu Sans embedded (every glyph of the rule texts, e.g. "≥ 91%"), decimal
// commas, rupiah with thousands dots, dates in words.
import { formatRupiah, formatX100Text, type TEditionPack } from '@inovda/domain';
import PDFDocument from 'pdfkit';
import { formatIsoDayId } from './id-format.ts';
import { parameterText } from './innovation-table.ts';
import {
  BENTUK_LABELS,
  INISIATOR_LABELS,
  JENIS_LABELS,
  labelOf,
  RANCANG_BANGUN_SECTIONS,
  TAHAPAN_LABELS,
  urusanLabel,
  VERDICT_LABELS,
} from './labels.ts';
import type { PackageData, PackageInnovation } from './load-package.ts';
import { PDF_FONTS } from './pdf-fonts.ts';

const MARGIN = 56;

/** The date as written under a signature ('28 November 2026'), on the region's calendar (WIB, WITA or WIT). */
function formatDateId(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone }).format(date);
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc
    .moveDown(0.8)
    .font(PDF_FONTS.bold)
    .fontSize(12)
    .text(text)
    .moveDown(0.3)
    .font(PDF_FONTS.regular)
    .fontSize(10);
}

function field(doc: PDFKit.PDFDocument, label: string, value: string) {
  doc
    .font(PDF_FONTS.bold)
    .text(`${label}: `, { continued: true })
    .font(PDF_FONTS.regular)
    .text(value || '-');
}

function identity(doc: PDFKit.PDFDocument, item: PackageInnovation) {
  const p = item.profile;
  field(doc, 'Nama inovasi', p.name ?? '');
  field(doc, 'Unit / OPD pelaksana', item.unit.name);
  field(doc, 'Tahapan inovasi', labelOf(TAHAPAN_LABELS, p.tahapan));
  field(
    doc,
    'Inisiator',
    [labelOf(INISIATOR_LABELS, p.inisiator), p.namaInisiator].filter(Boolean).join(', '),
  );
  field(doc, 'Jenis inovasi', labelOf(JENIS_LABELS, p.jenis));
  field(doc, 'Bentuk inovasi', labelOf(BENTUK_LABELS, p.bentuk));
  field(doc, 'Urusan pemerintahan', urusanLabel(p.urusan));
  field(doc, 'Urusan lain', (p.urusanLain ?? []).map(urusanLabel).join('; '));
  field(doc, 'Waktu uji coba', formatIsoDayId(p.waktuUjiCoba));
  field(doc, 'Waktu penerapan', formatIsoDayId(p.waktuPenerapan));
  if (p.waktuPengembangan) field(doc, 'Waktu pengembangan', formatIsoDayId(p.waktuPengembangan));
  field(doc, 'Anggaran', p.anggaran ? `${formatRupiah(p.anggaran.jumlah)} (${p.anggaran.sumber})` : '');
  field(doc, 'Video inovasi', p.videoUrl ?? '');
}

function indicators(doc: PDFKit.PDFDocument, pack: TEditionPack, item: PackageInnovation) {
  for (const indicator of pack.sid) {
    const answer = item.answers.get(indicator.code);
    const claimed = answer?.claimedTier ?? 0;
    doc.font(PDF_FONTS.bold).text(`${indicator.code}. ${indicator.name}`);
    doc
      .font(PDF_FONTS.regular)
      .text(parameterText(indicator, answer, claimed) || 'Tidak diisi', { indent: 12 });
    const verdict = answer ? labelOf(VERDICT_LABELS, answer.verdict) : '-';
    doc.text(
      `Tingkat klaim ${claimed}; terverifikasi ${answer?.verifiedTier ?? 0} (${verdict}); bukti ${answer?.evidence.length ?? 0} berkas`,
      {
        indent: 12,
      },
    );
    doc.moveDown(0.3);
  }
}

function signatureBlock(
  doc: PDFKit.PDFDocument,
  region: PackageData['region'],
  unitName: string,
  printedAt: Date,
) {
  const width = 230;
  const x = doc.page.width - MARGIN - width;
  if (doc.y > doc.page.height - MARGIN - 140) doc.addPage();
  doc.moveDown(2);
  const place = region.name.replace(/^(Kabupaten|Kota)\s+/i, '');
  doc.text(`${place}, ${formatDateId(printedAt, region.timeZone)}`, x, doc.y, { width, align: 'center' });
  doc.text(`Kepala ${unitName}`, x, doc.y, { width, align: 'center' });
  doc.moveDown(4);
  doc.text('(..............................................)', x, doc.y, { width, align: 'center' });
  doc.text('NIP. ........................................', x, doc.y, { width, align: 'center' });
}

/** The PDF profile of `item` as a Buffer (a few pages; generated in memory). */
export function renderProfilePdf(
  data: PackageData,
  item: PackageInnovation,
  printedAt: Date,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: PDF_FONTS.regular,
    info: {
      Title: `Profil Inovasi: ${item.profile.name ?? ''}`,
      Author: data.region.name,
      Creator: 'Inovda',
      CreationDate: printedAt,
    },
    lang: 'id-ID',
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(PDF_FONTS.bold).fontSize(15).text('PROFIL INOVASI DAERAH', { align: 'center' });
  doc
    .font(PDF_FONTS.regular)
    .fontSize(10)
    .text(`${data.region.name} - ${data.period.name} (edisi ${data.pack.code})`, { align: 'center' });
  heading(doc, 'A. Identitas inovasi');
  identity(doc, item);
  heading(doc, 'B. Rancang bangun inovasi dan pokok perubahan');
  for (const [key, title] of RANCANG_BANGUN_SECTIONS) {
    doc
      .font(PDF_FONTS.bold)
      .text(title)
      .font(PDF_FONTS.regular)
      .text(item.profile.rancangBangun?.[key] || '-', { align: 'justify' });
    doc.moveDown(0.3);
  }
  heading(doc, 'C. Tujuan, manfaat dan hasil');
  field(doc, 'Tujuan', item.profile.tujuan ?? '');
  field(doc, 'Manfaat', item.profile.manfaat ?? '');
  field(doc, 'Hasil', item.profile.hasil ?? '');
  heading(doc, 'D. Indikator satuan inovasi daerah');
  field(doc, 'Kematangan klaim', formatX100Text(item.claimedMaturityX100));
  field(doc, 'Kematangan terverifikasi', formatX100Text(item.verifiedMaturityX100));
  doc.moveDown(0.5);
  indicators(doc, data.pack, item);
  signatureBlock(doc, data.region, item.unit.name, printedAt);
  doc.end();
  return done;
}
