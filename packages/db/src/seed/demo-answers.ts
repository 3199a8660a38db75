// Indicator answers (SID codes 16..35) for a demo submission: claimed tiers, verdicts consistent with the
// workflow state, verifier notes on downgrades and rejections, and one generated evidence file per answer.
import type { SubmissionState, Verdict } from '../generated/prisma/enums.ts';
import type { InnovationPlan } from './demo-plan.ts';
import { DOCUMENT_CODES, demoDocumentLines } from './demo-documents.ts';
import { generatePdf, generatePng } from './evidence-bytes.ts';
import { must } from './must.ts';

export const SID_CODES = Array.from({ length: 20 }, (_, i) => String(16 + i));
// Evidence kinds per indicator follow the iga-2026 pack of @inovda/domain: these four accept only images,
// and 35 (video) accepts MP4 or an image; everything else gets a PDF.
const IMAGE_ONLY = new Set(['25', '27', '29', '30', '35']);
const BASES = ['a', 'b', 'c', 'd', 'e', 'f'];

export interface PlannedEvidence {
  kind: 'PDF' | 'PNG';
  mimeType: string;
  originalName: string;
  bytes: Uint8Array;
}

export interface PlannedAnswer {
  code: string;
  claimedTier: number;
  basis: string | null;
  verdict: Verdict;
  verifiedTier: number | null;
  verifierNote: string | null;
  evidence: PlannedEvidence | null;
}

/** FNV-1a: a stable small hash so the demo is the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const STRONG: SubmissionState[] = ['VERIFIED', 'READY_TO_SEND', 'SENT'];

function claimedTier(name: string, code: string, plan: InnovationPlan): number {
  if (code === '31') return plan.replications ?? 0; // replication only where a source reports it
  const h = hash(`${name}#${code}`);
  const tier = 1 + (h % 3);
  return STRONG.includes(plan.state) ? Math.min(3, tier + ((h >> 4) % 2)) : tier;
}

function evidenceFor(
  name: string,
  unitName: string,
  code: string,
  tier: number,
  plan: InnovationPlan,
  basis: string | null,
): PlannedEvidence {
  const label = `${name} - indikator ${code}`;
  const base = `${slug(name)}-indikator-${code}`;
  if (IMAGE_ONLY.has(code)) {
    return {
      kind: 'PNG',
      mimeType: 'image/png',
      originalName: `${base}.png`,
      bytes: generatePng(label, hash(label)),
    };
  }
  if (DOCUMENT_CODES.has(code)) {
    // About one claim in three above tier 1 gets a weaker document, so the demo shows the evidence warning.
    const weaker = tier > 1 && hash(`${name}~${code}`) % 3 === 0;
    const penerapanYear = plan.waktuPenerapan ? Number(plan.waktuPenerapan.slice(0, 4)) : null;
    const lines = demoDocumentLines(code, weaker ? tier - 1 : tier, { name, unitName, penerapanYear, basis });
    // The last line keeps each file's content (and so its sha256) distinct per innovation and indicator.
    lines.push(`Salinan bukti indikator ${code} - ${name}`);
    return {
      kind: 'PDF',
      mimeType: 'application/pdf',
      originalName: `${base}.pdf`,
      bytes: generatePdf(lines),
    };
  }
  const lines = [
    `Inovda - bukti contoh / demo evidence`,
    `Inovasi: ${name}`,
    `Unit: ${unitName}`,
    `Indikator ${code}, tingkat yang diklaim ${tier}`,
    'Dokumen contoh yang dibuat otomatis untuk demo; bukan dokumen resmi.',
  ];
  return { kind: 'PDF', mimeType: 'application/pdf', originalName: `${base}.pdf`, bytes: generatePdf(lines) };
}

const downgradeNote = (claimed: number, verified: number) =>
  `Bukti hanya mendukung tingkat ${verified}, bukan ${claimed}: dokumen belum memuat semua syarat tingkat ${claimed}. ` +
  `/ The evidence supports tier ${verified}, not ${claimed}.`;
const REJECT_NOTE =
  'Bukti tidak sesuai indikator: dokumen tidak bertanggal dan tidak ditandatangani pejabat berwenang. ' +
  '/ The evidence does not match the indicator: undated and unsigned.';

/** The answers of one demo submission, deterministic for a given innovation. */
export function planAnswers(name: string, unitName: string, plan: InnovationPlan): PlannedAnswer[] {
  const draft = plan.state === 'DRAFT';
  const codes = SID_CODES.filter((code) => claimedTier(name, code, plan) > 0).slice(
    0,
    draft ? 12 : undefined,
  );
  const answers: PlannedAnswer[] = codes.map((code, i) => {
    const tier = claimedTier(name, code, plan);
    const basis = code === '33' ? must(BASES[hash(name) % BASES.length], 'measurement basis') : null;
    return {
      code,
      claimedTier: tier,
      basis,
      verdict: 'PENDING',
      verifiedTier: null,
      verifierNote: null,
      evidence: draft && i >= 8 ? null : evidenceFor(name, unitName, code, tier, plan, basis),
    };
  });
  applyVerdicts(name, plan, answers);
  return answers;
}

function applyVerdicts(name: string, plan: InnovationPlan, answers: PlannedAnswer[]): void {
  const accept = (a: PlannedAnswer) => Object.assign(a, { verdict: 'ACCEPTED', verifiedTier: a.claimedTier });
  const downgradable = answers.filter((a) => a.claimedTier >= 2);
  const pick = (list: PlannedAnswer[], salt: string) => list[hash(name + salt) % list.length];
  switch (plan.state) {
    case 'DRAFT':
    case 'SUBMITTED':
      return;
    case 'IN_REVIEW': {
      const reviewed = answers.slice(0, Math.ceil(answers.length / 2));
      reviewed.forEach(accept);
      downgrade(
        pick(
          reviewed.filter((a) => a.claimedTier >= 2),
          'd',
        ),
      );
      return;
    }
    case 'RETURNED': {
      answers.forEach(accept);
      const rejected = pick(answers, 'r');
      if (rejected)
        Object.assign(rejected, { verdict: 'REJECTED', verifiedTier: 0, verifierNote: REJECT_NOTE });
      downgrade(
        pick(
          downgradable.filter((a) => a !== rejected),
          'd',
        ),
      );
      return;
    }
    case 'VERIFIED':
    case 'READY_TO_SEND':
    case 'SENT':
      answers.forEach(accept);
      downgrade(pick(downgradable, 'd'));
      return;
    case 'REJECTED':
      for (const a of answers) {
        Object.assign(a, {
          verdict: 'REJECTED',
          verifiedTier: 0,
          verifierNote: plan.rejectionNote ?? REJECT_NOTE,
        });
      }
      return;
  }
}

function downgrade(answer: PlannedAnswer | undefined): void {
  if (!answer) return;
  const verified = answer.claimedTier - 1;
  Object.assign(answer, {
    verdict: 'DOWNGRADED',
    verifiedTier: verified,
    verifierNote: downgradeNote(answer.claimedTier, verified),
  });
}
