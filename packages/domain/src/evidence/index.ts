export * from './assess-evidence.ts';
export * from './classify-document.ts';
export * from './document-kinds.ts';
export * from './expectation-schema.ts';
export * from './format-finding.ts';
export { IGA_2026_EXPECTATIONS } from './expectations-2026.ts';
export type { EvidencePage } from './text-lines.ts';
export * from './types.ts';
