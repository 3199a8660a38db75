export { DEFAULT_LIMITS, readEvidence } from './read-evidence.ts';
export { itemsToLines } from './pdf-text.ts';
export type { EvidenceFileKind, PageText, ReadLimits, ReadResult, ReadStatus } from './types.ts';
