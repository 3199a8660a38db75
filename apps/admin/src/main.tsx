// zod must be told not to compile parsers with `new Function` before any module builds a schema (see
// zod-jitless.ts), and a bundler may evaluate shared chunks before this file's own code: so the app itself is
// loaded afterwards, with a dynamic import.
import './lib/zod-jitless';

void import('./app/start-app');
