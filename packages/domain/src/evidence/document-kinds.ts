import { z } from 'zod';
import type { IssueMessage } from '../messages/message-types.ts';

/**
 * Kinds of document that the technical guide names as evidence (*Data Pendukung*, reference §4.2). A kind says
 * what the document is; who signed it is the separate `ZDocumentIssuer` (an SK of the Bupati and an SK of a
 * Kepala Dinas "atas nama Bupati" are both KEPUTUSAN).
 */
export const ZDocumentKind = z.enum([
  'PERATURAN_DAERAH',
  'PERATURAN_KEPALA_DAERAH',
  'KEPUTUSAN',
  'SURAT_TUGAS',
  'DOKUMEN_ANGGARAN',
  'RKPD',
  'UNDANGAN',
  'DAFTAR_HADIR',
  'SERTIFIKAT',
  'SOP',
  'PERJANJIAN_KERJA_SAMA',
  'SURAT_PERNYATAAN_REPLIKASI',
  'LAPORAN_MONEV',
  'LAPORAN_SKM',
  'LAPORAN_PENELITIAN',
  'DAFTAR_PENERIMA_MANFAAT',
  'LAPORAN',
  'PROPOSAL',
]);
/** A kind of evidence document. */
export type TDocumentKind = z.infer<typeof ZDocumentKind>;

/**
 * Who issued a document: the regional head (Bupati/Wali Kota/Gubernur), the head of a Perangkat Daerah
 * signing on the regional head's behalf (*a.n.*), the head of a Perangkat Daerah or an equivalent unit head
 * (kepala puskesmas, kepala sekolah, camat), or a party outside the Pemda (a university, a research body).
 */
export const ZDocumentIssuer = z.enum(['KEPALA_DAERAH', 'KEPALA_PD_AN_KD', 'KEPALA_PD', 'EXTERNAL']);
/** Who issued a document. */
export type TDocumentIssuer = z.infer<typeof ZDocumentIssuer>;

/** Plain names of the document kinds, for messages (never the enum code on a screen). */
export const DOCUMENT_KIND_LABELS: Readonly<Record<TDocumentKind, IssueMessage>> = {
  PERATURAN_DAERAH: { id: 'Peraturan Daerah', en: 'Regional Regulation (Perda)' },
  PERATURAN_KEPALA_DAERAH: {
    id: 'Peraturan Kepala Daerah (Perbup/Perwali/Pergub)',
    en: 'Regional Head Regulation (Perkada)',
  },
  KEPUTUSAN: { id: 'Surat Keputusan', en: 'Decree (SK)' },
  SURAT_TUGAS: { id: 'Surat Tugas/Surat Perintah', en: 'Assignment letter' },
  DOKUMEN_ANGGARAN: { id: 'dokumen anggaran (DPA/APBD)', en: 'budget document (DPA/APBD)' },
  RKPD: { id: 'RKPD (atau dokumen perencanaan sejenis)', en: 'RKPD (or an equivalent plan)' },
  UNDANGAN: { id: 'undangan', en: 'invitation' },
  DAFTAR_HADIR: { id: 'daftar hadir', en: 'attendance list' },
  SERTIFIKAT: { id: 'sertifikat', en: 'certificate' },
  SOP: { id: 'Standar Operasional Prosedur (SOP)', en: 'standard operating procedure (SOP)' },
  PERJANJIAN_KERJA_SAMA: { id: 'perjanjian kerja sama/MoU', en: 'cooperation agreement/MoU' },
  SURAT_PERNYATAAN_REPLIKASI: {
    id: 'surat pernyataan replikasi',
    en: 'replication statement letter',
  },
  LAPORAN_MONEV: { id: 'laporan monitoring dan evaluasi internal', en: 'internal monitoring report' },
  LAPORAN_SKM: { id: 'laporan Survei Kepuasan Masyarakat', en: 'public satisfaction survey report' },
  LAPORAN_PENELITIAN: {
    id: 'laporan penelitian/kajian pihak luar',
    en: 'external research/study report',
  },
  DAFTAR_PENERIMA_MANFAAT: { id: 'daftar/rekap penerima manfaat', en: 'list of beneficiaries' },
  LAPORAN: { id: 'laporan', en: 'report' },
  PROPOSAL: { id: 'proposal', en: 'proposal' },
};

/** Plain names of the issuers, for messages. */
export const DOCUMENT_ISSUER_LABELS: Readonly<Record<TDocumentIssuer, IssueMessage>> = {
  KEPALA_DAERAH: { id: 'Kepala Daerah', en: 'the regional head' },
  KEPALA_PD_AN_KD: {
    id: 'Kepala Perangkat Daerah atas nama Kepala Daerah',
    en: 'a department head on behalf of the regional head',
  },
  KEPALA_PD: { id: 'Kepala Perangkat Daerah', en: 'a department head' },
  EXTERNAL: { id: 'pihak di luar pemerintah daerah', en: 'a party outside the regional government' },
};
