export * from './format-number.ts';
export * from './parse-id-number.ts';
