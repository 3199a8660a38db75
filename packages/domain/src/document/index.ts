export type { DocumentResult } from './document-result.ts';
export { parseJsonStrict } from './parse-json-strict.ts';
export * from './plan-report.ts';
export * from './portfolio-document.ts';
