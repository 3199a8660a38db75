// The history of one indicator of a submission (issue 9 point 5): every verdict with its note and every reply of
// the operator, kept for the whole period. The answer's own `verifierNote` is reset when the operator changes
// the answer (the domain's verdict-reset rule); these rows are not, so the conversation stays readable.
import type { Prisma, Verdict } from '@inovda/db';

export const indicatorNoteSelect = {
  id: true,
  code: true,
  kind: true,
  verdict: true,
  verifiedTier: true,
  text: true,
  createdAt: true,
  author: { select: { id: true, name: true, role: true } },
} as const satisfies Prisma.IndicatorNoteSelect;

type NoteRow = Prisma.IndicatorNoteGetPayload<{ select: typeof indicatorNoteSelect }>;

/** The row as the screens read it: the author's name and role, never an id alone. */
export function shapeNote(row: NoteRow) {
  const { author, ...rest } = row;
  return {
    ...rest,
    authorId: author?.id ?? null,
    authorName: author?.name ?? null,
    authorRole: author?.role ?? null,
  };
}

/** Writes the verdict's entry, inside the verdict's own transaction. */
export function writeVerdictNote(
  tx: Prisma.TransactionClient,
  entry: {
    submissionId: string;
    code: string;
    authorId: string;
    verdict: Verdict;
    verifiedTier: number | null;
    note: string | null;
    at: Date;
  },
) {
  return tx.indicatorNote.create({
    data: {
      submissionId: entry.submissionId,
      code: entry.code,
      authorId: entry.authorId,
      kind: 'VERDICT',
      verdict: entry.verdict,
      verifiedTier: entry.verifiedTier,
      text: entry.note?.trim() || null,
      createdAt: entry.at,
    },
    select: { id: true },
  });
}
