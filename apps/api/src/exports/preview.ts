// export.preview: what the package of a period would contain, without building it.
import { PREDICATE_LABELS, type RegionScore } from '@inovda/domain';
import type { PackageData } from './load-package.ts';
import { listEvidenceEntries, listProfileEntries } from './package-files.ts';

function projection(score: RegionScore) {
  return {
    iid: score.iid,
    iidX100: score.iidX100,
    predicate: score.predicate,
    predicateLabel: PREDICATE_LABELS[score.predicate],
    spdX100: score.spdX100,
    sid: score.sidText,
    divisor: score.divisor,
    yandasCovered: score.yandasCovered,
  };
}

export function buildPreview(data: PackageData) {
  const evidence = listEvidenceEntries(data);
  const profiles = listProfileEntries(data);
  const evidenceBytes = evidence.reduce((sum, entry) => sum + entry.evidence.size, 0);
  return {
    period: data.period,
    innovations: data.innovations.map((item) => ({
      submissionId: item.submissionId,
      innovationId: item.innovationId,
      name: item.profile.name ?? '',
      unit: item.unit,
      urusan: item.profile.urusan ?? '',
      state: item.state,
      claimedMaturityX100: item.claimedMaturityX100,
      verifiedMaturityX100: item.verifiedMaturityX100,
      evidenceCount: evidence.filter((entry) => entry.innovationId === item.innovationId).length,
    })),
    files: [
      'inovasi.xlsx',
      'inovasi.csv',
      ...profiles.map((entry) => entry.path),
      ...evidence.map((entry) => entry.path),
      'manifest.json',
    ],
    totals: {
      innovations: data.innovations.length,
      excluded: data.excludedCount,
      evidenceFiles: evidence.length,
      evidenceBytes,
    },
    verified: projection(data.verified),
    claimed: projection(data.claimed),
  };
}
