// The evidence check of each answer for innovation.byId: the domain's `assessEvidence` over the read text of
// the answer's files. Advice only, and honest about what is not known yet: PENDING while a file waits to be
// read, UNREADABLE when no file could be read, FAILED when reading failed.
import type { PrismaClient } from '@inovda/db';
import {
  assessEvidence,
  type EvidenceDocumentInput,
  type EvidenceFinding,
  formatEvidenceFinding,
  type TEditionPack,
} from '@inovda/domain';

type EvidenceCheckStatus = 'PENDING' | 'DONE' | 'UNREADABLE' | 'FAILED';

interface EvidenceCheckFinding {
  code: string;
  severity: EvidenceFinding['severity'];
  /** The evidence file the finding is about (id), null when it concerns the answer as a whole. */
  evidenceId: string | null;
  page: number | null;
  snippet: string | null;
  /** The place was read by OCR: a person should confirm what was read. */
  ocr: boolean;
  params: EvidenceFinding['params'];
  messages: { id: string; en: string };
}

export interface EvidenceCheck {
  status: EvidenceCheckStatus;
  supportedTier: 0 | 1 | 2 | 3 | null;
  findings: EvidenceCheckFinding[];
}

interface AnswerForCheck {
  id: string;
  code: string;
  claimedTier: number;
  basis: string | null;
  evidence: { id: string; sha256: string; originalName: string }[];
}

export interface InnovationForCheck {
  name: string;
  waktuPenerapan: string | null | undefined;
  regionName: string;
}

/** Loads the read text of the given contents: state and pages. */
async function loadTexts(prisma: PrismaClient, sha256s: string[]) {
  const rows = await prisma.evidenceText.findMany({
    where: { sha256: { in: sha256s } },
    select: {
      sha256: true,
      status: true,
      pages: { select: { page: true, text: true, method: true }, orderBy: { page: 'asc' } },
    },
  });
  return new Map(rows.map((row) => [row.sha256, row]));
}

/**
 * The evidence check per answer id. Answers of indicators without evidence expectations, without a claim, or
 * without files get null (there is nothing the documents could say).
 */
export async function buildEvidenceChecks(
  prisma: PrismaClient,
  pack: TEditionPack,
  innovation: InnovationForCheck,
  answers: readonly AnswerForCheck[],
): Promise<Map<string, EvidenceCheck | null>> {
  const texts = await loadTexts(prisma, [
    ...new Set(answers.flatMap((a) => a.evidence.map((e) => e.sha256))),
  ]);
  const year = innovation.waktuPenerapan ? Number(innovation.waktuPenerapan.slice(0, 4)) : null;
  const facts = { name: innovation.name, penerapanYear: year, regionName: innovation.regionName };
  const out = new Map<string, EvidenceCheck | null>();
  for (const answer of answers) {
    const indicator = pack.sid.find((i) => i.code === answer.code);
    if (!indicator?.expectations || answer.claimedTier < 1 || answer.evidence.length === 0) {
      out.set(answer.id, null);
      continue;
    }
    const states = answer.evidence.map((e) => texts.get(e.sha256)?.status ?? 'WAITING');
    if (states.includes('WAITING')) {
      out.set(answer.id, { status: 'PENDING', supportedTier: null, findings: [] });
      continue;
    }
    const documents: EvidenceDocumentInput[] = answer.evidence.map((e) => {
      const text = texts.get(e.sha256);
      return {
        name: e.originalName,
        readable: text?.status === 'READ',
        pages: (text?.pages ?? []).map((p) => ({ page: p.page, text: p.text, ocr: p.method === 'OCR' })),
      };
    });
    const result = assessEvidence(pack, answer.code, answer.claimedTier as 1 | 2 | 3, facts, documents, {
      basis: answer.basis,
    });
    const status: EvidenceCheckStatus =
      result.supportedTier !== null || !result.assessed
        ? 'DONE'
        : states.every((s) => s === 'FAILED')
          ? 'FAILED'
          : 'UNREADABLE';
    out.set(answer.id, {
      status,
      supportedTier: result.supportedTier,
      findings: result.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        evidenceId: f.document === null ? null : (answer.evidence[f.document]?.id ?? null),
        page: f.page,
        snippet: f.snippet,
        ocr: f.ocr,
        params: f.params,
        messages: { id: formatEvidenceFinding(f, 'id'), en: formatEvidenceFinding(f, 'en') },
      })),
    });
  }
  return out;
}
