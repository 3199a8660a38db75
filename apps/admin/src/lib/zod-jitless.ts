import { z } from 'zod';

// zod 4 compiles object parsers with `new Function` after probing whether eval is allowed; under the app's
// CSP (script-src 'self', no 'unsafe-eval') that probe is a CSP violation on every page load. Parsing without
// the compiled fast path is what a strict CSP asks for. Imported first in main.tsx: zod reads the setting
// when each schema is built, and modules build their schemas as they load.
z.config({ jitless: true });
