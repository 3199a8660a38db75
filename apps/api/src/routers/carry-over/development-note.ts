// carryOver.setDevelopmentNote: the OPD's development note of a re-submission (what changed since the
// innovation was last submitted). Editable while the submission is (DRAFT, RETURNED) and its period is not
// archived, with a version and an audit event; whether it is required is the domain's readiness rule.
import { DEVELOPMENT_NOTE_MAX_LENGTH } from '@inovda/domain';
import { z } from 'zod';
import { auditContext, writeAudit } from '../../audit.ts';
import { updateVersioned } from '../../optimistic-lock.ts';
import { assertAnswersEditable } from '../../services/save-answer.ts';
import { loadSubmissionInScope } from '../../services/submission-access.ts';
import { roleProcedure } from '../../trpc.ts';

export const setDevelopmentNote = roleProcedure('OPERATOR', 'ADMIN')
  .input(
    z.object({
      submissionId: z.string().min(1),
      version: z.number().int().positive(),
      /** Empty or null clears the note. */
      note: z.string().trim().max(DEVELOPMENT_NOTE_MAX_LENGTH).nullable(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    assertAnswersEditable(ctx.user.role, submission.state);
    const note = input.note ? input.note : null;
    return ctx.prisma.$transaction(async (tx) => {
      const before = await tx.submission.findUniqueOrThrow({
        where: { id: submission.id },
        select: { developmentNote: true, version: true },
      });
      await updateVersioned('Submission', { id: submission.id, version: input.version }, (where) =>
        tx.submission.updateMany({ where, data: { developmentNote: note, version: { increment: 1 } } }),
      );
      const after = await tx.submission.findUniqueOrThrow({
        where: { id: submission.id },
        select: { id: true, developmentNote: true, version: true, updatedAt: true },
      });
      await writeAudit(tx, {
        ...auditContext(ctx),
        action: 'carry-over.development-note',
        entity: 'Submission',
        entityId: submission.id,
        before,
        after,
      });
      return after;
    });
  });
