// Bundles the CLI into one ESM bin (dist/inovda.mjs) plus a lazily loaded chunk with the rules, so
// `inovda --help` starts without parsing zod and the rule packs, and no TypeScript loader runs at all.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  entry: { inovda: 'src/bin.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  fixedExtension: true,
  clean: true,
  dts: false,
  // Everything (the domain's sources, zod) goes into the bundle: the bin needs no node_modules.
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
  define: { __INOVDA_VERSION__: JSON.stringify(version) },
});
