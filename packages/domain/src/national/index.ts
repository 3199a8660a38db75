export * from './compare-national.ts';
export * from './national-rules.ts';
