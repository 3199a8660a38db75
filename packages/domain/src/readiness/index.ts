export * from './answer-checks.ts';
export * from './berstandar.ts';
export * from './file-kind.ts';
export * from './innovation-readiness.ts';
export * from './region-readiness.ts';
export * from './resolve-answer.ts';
