// The layers of docs/ARCHITECTURE.md, checked by `pnpm depcruise` (and in .ci/run).
// Type-only imports count too (tsPreCompilationDeps), so a type cycle is a cycle.
const TEST_FILE = '(\\.test\\.tsx?$|/test/|/e2e/|/bench/|/testing(\\.ts$|/))';
const TEST_HELPER =
  '^(apps/[^/]+/test/|apps/[^/]+/e2e/|packages/db/src/testing(\\.ts$|/)|apps/api/src/.*/testing(\\.ts$|/))';
const API = 'apps/api/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included: split the shared part into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'routers-are-leaves',
      severity: 'error',
      comment:
        'Routers sit on top: only the app router (routers/index.ts), the server, createCaller and the package ' +
        'entry import them. Shared schemas, selects and checks live in services/ (or the domain).',
      from: {
        path: `^${API}`,
        pathNot: [`^${API}routers/`, `^${API}(server|caller|index)\\.ts$`, TEST_FILE],
      },
      to: { path: `^${API}routers/` },
    },
    {
      name: 'tests-use-the-app-router',
      severity: 'error',
      comment: 'Tests reach the procedures through the app router (createCaller), not a router file.',
      from: { path: TEST_FILE },
      to: { path: `^${API}routers/`, pathNot: `^${API}routers/index\\.ts$` },
    },
    {
      name: 'routers-do-not-share',
      severity: 'error',
      comment:
        "A router file does not import another area's router files; what two areas share is a service.",
      from: { path: `^${API}routers/([^/.]+)`, pathNot: `^${API}routers/index\\.ts$` },
      to: {
        path: `^${API}routers/`,
        pathNot: [`^${API}routers/$1(/|\\.ts$|-)`],
      },
    },
    {
      name: 'services-never-import-routers',
      severity: 'error',
      comment: 'Services are called by routers, never the other way round.',
      from: { path: `^${API}services/` },
      to: { path: `^${API}routers/` },
    },
    {
      name: 'no-test-helpers-in-src',
      severity: 'error',
      comment: 'Test helpers (test/, testing.ts, testing/) are for tests, benchmarks and scripts only.',
      from: { path: '^(apps|packages)/[^/]+/src/', pathNot: TEST_FILE },
      to: { path: TEST_HELPER },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'packages/domain imports no app and no database package.',
      from: { path: '^packages/domain/' },
      to: { path: '^(apps/|packages/(db|evidence-reader)/)' },
    },
    {
      name: 'db-imports-no-app',
      severity: 'error',
      comment: 'packages/db imports no app and no other workspace package.',
      from: { path: '^packages/db/' },
      to: { path: '^(apps/|packages/(domain|evidence-reader)/)' },
    },
    {
      name: 'packages-import-no-app',
      severity: 'error',
      comment: 'Packages serve the apps, never the reverse.',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-do-not-import-each-other',
      severity: 'error',
      comment:
        'The admin sees the API only through `import type { AppRouter }` (erased at build); the CLI uses the ' +
        'domain only.',
      from: { path: '^apps/(admin|cli)/' },
      to: { path: '^(apps/api/|packages/db/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/dist/|/generated/|\\.turbo/|/e2e/artifacts/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
