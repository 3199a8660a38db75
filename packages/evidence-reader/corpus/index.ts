export { listCases, type CorpusCase, type Tier } from './cases.ts';
export { renderPhoto, renderScanPdf, renderTextPdf, seeded } from './render.ts';
export type { DocSpec } from './templates.ts';
export * as templates from './templates.ts';
