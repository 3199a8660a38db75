export * from './format-number.ts';
export * from './parse-id-number.ts';
export * from './x100-input.ts';
