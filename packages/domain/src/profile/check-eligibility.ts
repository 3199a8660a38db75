import type { TEditionPack } from '../editions/schema.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import { eligibilityWindowFor, isInWindow } from './eligibility.ts';
import type { TInnovationProfileDraft } from './profile-schema.ts';

/**
 * Eligibility of an innovation in penerapan for the assessment year (reference §2.1; IGA 2026 Lampiran I
 * IV.B/XIII [C1]): penerapan inside the window, or an earlier penerapan with a development date
 * (*waktu pengembangan terbaru*) inside it. Issues: `PROFILE.DEVELOPMENT_DATE_REQUIRED` (older penerapan,
 * no development date), `PROFILE.OUTSIDE_ELIGIBILITY_WINDOW` (params date, from, to), and
 * `PROFILE.SUBMISSION_LIMIT_REACHED` when already submitted `maxSubmissions` times without a development in
 * the window. Innovations in inisiatif or uji coba are not checked: whether they are scored is UNCONFIRMED
 * (reference §12 item 3).
 */
export function checkEligibility(
  edition: TEditionPack,
  profile: TInnovationProfileDraft,
  options: { readonly assessmentYear: number; readonly previousSubmissions?: number },
): ValidationIssue[] {
  const penerapan = profile.waktuPenerapan;
  if (profile.tahapan !== 'PENERAPAN' || !penerapan) return [];
  const window = eligibilityWindowFor(edition, options.assessmentYear);
  const pengembangan = profile.waktuPengembangan ?? null;
  const developedInWindow = pengembangan !== null && isInWindow(pengembangan, window);
  const issues: ValidationIssue[] = [];
  if (penerapan > window.to) {
    issues.push(
      createIssue('PROFILE.OUTSIDE_ELIGIBILITY_WINDOW', ['waktuPenerapan'], 'ERROR', {
        date: penerapan,
        ...window,
      }),
    );
  } else if (penerapan < window.from && !developedInWindow) {
    issues.push(
      pengembangan === null
        ? createIssue('PROFILE.DEVELOPMENT_DATE_REQUIRED', ['waktuPengembangan'], 'ERROR', {
            penerapan,
            ...window,
          })
        : createIssue('PROFILE.OUTSIDE_ELIGIBILITY_WINDOW', ['waktuPengembangan'], 'ERROR', {
            date: pengembangan,
            ...window,
          }),
    );
  }
  const max = edition.constants.maxSubmissions.value;
  const previous = options.previousSubmissions ?? 0;
  if (previous >= max && !developedInWindow) {
    issues.push(createIssue('PROFILE.SUBMISSION_LIMIT_REACHED', [], 'ERROR', { previous, max }));
  }
  return issues;
}
