// The evidence check of each answer for innovation.byId and the dashboard: the domain's `assessEvidence` over
// the read text of the answer's files. Advice only, and honest about what is not known yet: PENDING while a file
// waits to be read, UNREADABLE when no file could be read, FAILED when reading failed.
//
// Assessing means loading every page of every file and classifying it, so results are kept per content
// (assessment-cache.ts): the key holds each file's sha256 and read state, the tier claimed, the basis, the
// innovation's facts and the indicator's rules, so a new upload, a new read or a tier change is a new key.
import type { PrismaClient } from '@inovda/db';
import {
  assessEvidence,
  type EvidenceDocumentInput,
  type EvidenceFinding,
  formatEvidenceFinding,
  type TEditionPack,
} from '@inovda/domain';
import { assessmentKey, assessmentCacheOf, type CachedAssessment } from './assessment-cache.ts';

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

export interface AnswerForCheck {
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

/** The read state of the given contents, without their pages. */
async function loadStates(prisma: PrismaClient, sha256s: string[]) {
  const rows = await prisma.evidenceText.findMany({
    where: { sha256: { in: sha256s } },
    select: { sha256: true, status: true, readAt: true },
  });
  return new Map(rows.map((row) => [row.sha256, row]));
}

/** The pages of the given contents, only for assessments that are not cached. */
async function loadPages(prisma: PrismaClient, sha256s: string[]) {
  const rows = await prisma.evidenceTextPage.findMany({
    where: { sha256: { in: sha256s } },
    select: { sha256: true, page: true, text: true, method: true },
    orderBy: [{ sha256: 'asc' }, { page: 'asc' }],
  });
  const pages = new Map<string, EvidenceDocumentInput['pages'][number][]>();
  for (const row of rows) {
    let list = pages.get(row.sha256);
    if (!list) pages.set(row.sha256, (list = []));
    list.push({ page: row.page, text: row.text, ocr: row.method === 'OCR' });
  }
  return pages;
}

/** One answer to check, with the innovation it belongs to (the dashboard checks many innovations at once). */
export interface CheckItem {
  answer: AnswerForCheck;
  innovation: InnovationForCheck;
}

/**
 * The evidence check per answer id. Answers of indicators without evidence expectations, without a claim, or
 * without files get null (there is nothing the documents could say).
 */
export async function checkAnswers(
  prisma: PrismaClient,
  pack: TEditionPack,
  items: readonly CheckItem[],
): Promise<Map<string, EvidenceCheck | null>> {
  const out = new Map<string, EvidenceCheck | null>();
  const misses: { item: CheckItem; key: string; readable: boolean[] }[] = [];
  const assessable = items.filter(({ answer }) => {
    const indicator = pack.sid.find((i) => i.code === answer.code);
    const ok = Boolean(indicator?.expectations) && answer.claimedTier >= 1 && answer.evidence.length > 0;
    if (!ok) out.set(answer.id, null);
    return ok;
  });
  const states = await loadStates(prisma, [
    ...new Set(assessable.flatMap(({ answer }) => answer.evidence.map((e) => e.sha256))),
  ]);
  const cache = assessmentCacheOf(prisma);
  for (const item of assessable) {
    const { answer } = item;
    const fileStates = answer.evidence.map((e) => states.get(e.sha256));
    const statuses = fileStates.map((s) => s?.status ?? 'WAITING');
    if (statuses.includes('WAITING')) {
      out.set(answer.id, { status: 'PENDING', supportedTier: null, findings: [] });
      continue;
    }
    const key = assessmentKey(pack, answer, item.innovation, fileStates);
    const hit = cache.get(key);
    if (hit) out.set(answer.id, toCheck(hit, answer, statuses));
    else misses.push({ item, key, readable: statuses.map((s) => s === 'READ') });
  }
  if (misses.length === 0) return out;
  const pages = await loadPages(prisma, [
    ...new Set(
      misses.flatMap(({ item, readable }) =>
        item.answer.evidence.filter((_, i) => readable[i]).map((e) => e.sha256),
      ),
    ),
  ]);
  for (const { item, key, readable } of misses) {
    const { answer, innovation } = item;
    const year = innovation.waktuPenerapan ? Number(innovation.waktuPenerapan.slice(0, 4)) : null;
    const facts = { name: innovation.name, penerapanYear: year, regionName: innovation.regionName };
    const documents: EvidenceDocumentInput[] = answer.evidence.map((e, i) => ({
      name: e.originalName,
      readable: readable[i] ?? false,
      pages: readable[i] ? (pages.get(e.sha256) ?? []) : [],
    }));
    const result = assessEvidence(pack, answer.code, answer.claimedTier as 1 | 2 | 3, facts, documents, {
      basis: answer.basis,
    });
    const cached: CachedAssessment = {
      assessed: result.assessed,
      supportedTier: result.supportedTier,
      findings: result.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        document: f.document,
        page: f.page,
        snippet: f.snippet,
        ocr: f.ocr,
        params: f.params,
        messages: { id: formatEvidenceFinding(f, 'id'), en: formatEvidenceFinding(f, 'en') },
      })),
    };
    cache.set(key, cached);
    const statuses = answer.evidence.map((e) => states.get(e.sha256)?.status ?? 'WAITING');
    out.set(answer.id, toCheck(cached, answer, statuses));
  }
  return out;
}

/** The API's shape of a (cached) assessment: file indexes become this answer's evidence ids. */
function toCheck(result: CachedAssessment, answer: AnswerForCheck, statuses: string[]): EvidenceCheck {
  const status: EvidenceCheckStatus =
    result.supportedTier !== null || !result.assessed
      ? 'DONE'
      : statuses.every((s) => s === 'FAILED')
        ? 'FAILED'
        : 'UNREADABLE';
  return {
    status,
    supportedTier: result.supportedTier,
    findings: result.findings.map(({ document, ...f }) => ({
      ...f,
      evidenceId: document === null ? null : (answer.evidence[document]?.id ?? null),
    })),
  };
}

/** The evidence checks of one innovation's answers (innovation.byId). */
export async function buildEvidenceChecks(
  prisma: PrismaClient,
  pack: TEditionPack,
  innovation: InnovationForCheck,
  answers: readonly AnswerForCheck[],
): Promise<Map<string, EvidenceCheck | null>> {
  return checkAnswers(
    prisma,
    pack,
    answers.map((answer) => ({ answer, innovation })),
  );
}
