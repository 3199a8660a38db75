export * from './result.ts';
export * from './issues.ts';
export * from './editions/index.ts';
