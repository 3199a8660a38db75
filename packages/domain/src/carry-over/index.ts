export * from './carry-answers.ts';
export * from './check-development-note.ts';
export * from './decide-carry-over.ts';
export * from './provenance.ts';
