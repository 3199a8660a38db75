// Builds the library that other tools install: dist/index.mjs (ESM), dist/index.cjs (CommonJS) and their
// type declarations, for Node >= 20 and bundlers. zod stays a dependency (not bundled). Inside the monorepo
// nothing uses dist/: the apps compile src/ directly (see "exports" and "publishConfig" in package.json).
import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  outDir: 'dist',
  fixedExtension: true,
  clean: true,
  dts: { tsconfig: 'tsconfig.build.json' },
  sourcemap: false,
});
