import { URUSAN } from './urusan.ts';
import { normaliseUrusanName } from './urusan-name.ts';

/** Edit distance (insert, delete, substitute) between two short strings, one row of the table at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Each urusan can be matched by its slug or by its official name, both in the normalised word form.
const CANDIDATES = URUSAN.flatMap((urusan) => [
  { slug: urusan.slug, form: urusan.slug.replaceAll('-', ' ') },
  { slug: urusan.slug, form: normaliseUrusanName(urusan.label) },
]);

/**
 * The valid urusan slug closest to an unknown value, for "did you mean" messages: a slug the value begins
 * (`pekerjaan-umum` -> `pekerjaan-umum-penataan-ruang`), else the smallest edit distance to a slug or an
 * official name (`sosal` -> `sosial`). Always returns a slug; callers decide whether to show it.
 */
export function closestUrusanSlug(value: string): string {
  const form = normaliseUrusanName(value);
  if (form.length >= 3) {
    const prefixed = CANDIDATES.find((candidate) => candidate.form.startsWith(form));
    if (prefixed !== undefined) return prefixed.slug;
  }
  let best = URUSAN[0]?.slug ?? '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of CANDIDATES) {
    const distance = editDistance(form, candidate.form);
    if (distance < bestDistance) {
      best = candidate.slug;
      bestDistance = distance;
    }
  }
  return best;
}
