// One flat config for the whole workspace. Type-aware rules, plus import bans that keep the package
// boundaries of ARCHITECTURE.md: domain is pure, admin talks to the API only through its types.
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const domainBans = {
  patterns: [
    { group: ['node:*'], message: 'packages/domain is pure: no Node built-ins.' },
    {
      group: ['@prisma/*', '@trpc/*', 'express', 'react', 'react-dom', '@inovda/db', '@inovda/api'],
      message: 'packages/domain may only depend on zod.',
    },
  ],
  paths: [
    'fs',
    'path',
    'crypto',
    'os',
    'child_process',
    'http',
    'https',
    'url',
    'util',
    'events',
    'stream',
  ].map((name) => ({
    name,
    message: 'packages/domain is pure: no Node built-ins.',
  })),
};

// The rules of the IID live in packages/domain (issue 12): the apps call its helpers instead of redoing the
// arithmetic, the evidence rule, the day count or the state groups. These selectors catch the obvious copies.
const DOMAIN_HELPERS =
  /^(divideHalfUp|roundHalfUpDivide|floorDivide|formatX100|formatX100Input|parseX100|parseX100Input|parseScoreX100|scoreX100ToInput|hasEvidence|hasAnswerEvidence|calendarDaysUntil|localDayNumber|dayNumber|scoreRowX100|maxSpdX100|maxMaturityX100|expectedTotalMaxX100)$/;
const DOMAIN_RULE = 'is a rule of the IID: import it from @inovda/domain instead of defining it in an app.';
const SCORE_MATH =
  'Score arithmetic belongs to @inovda/domain: scoreRowX100, maxSpdX100, maxMaturityX100, expectedTotalMaxX100.';
const STATE_GROUP =
  'Groups of submission states come from @inovda/domain (EDITABLE_STATES, REVIEW_QUEUE_STATES, OPEN_STATES, VERIFIED_STATES, CLAIMED_STATES; isStateIn).';
const appRuleBans = [
  { selector: `FunctionDeclaration[id.name=${DOMAIN_HELPERS}]`, message: `This function ${DOMAIN_RULE}` },
  {
    selector: `VariableDeclarator[id.name=${DOMAIN_HELPERS}][init.type=/^(ArrowFunctionExpression|FunctionExpression)$/]`,
    message: `This function ${DOMAIN_RULE}`,
  },
  { selector: "BinaryExpression[operator='*'] > Identifier[name=/^weight/i]", message: SCORE_MATH },
  {
    selector: "BinaryExpression[operator='*'] > MemberExpression[property.name=/^weight/i]",
    message: SCORE_MATH,
  },
  {
    selector: 'ArrayExpression > Literal[value=/^(SUBMITTED|IN_REVIEW|RETURNED|READY_TO_SEND)$/]',
    message: STATE_GROUP,
  },
  {
    selector: 'TemplateElement[value.raw=/state\\s*(IN\\s*\\(|<>)/i]',
    message: `${STATE_GROUP} In SQL: a parameter.`,
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '**/.turbo/**',
      '**/e2e/artifacts/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  {
    // Tests, their helpers, benchmarks and scripts: `x!` after an assertion and defensive `?.` in a cleanup
    // are fine there; the two rules hold for the code that ships.
    files: [
      '**/*.test.{ts,tsx}',
      '{apps,packages}/*/{test,e2e,bench,scripts,reuse}/**',
      '**/testing.ts',
      '**/testing/**',
      '**/test-support/**',
      '**/test-documents.ts',
    ],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // The environment is read in one module per package (env.ts), validated there; everything else receives
    // plain values. Tests, benchmarks, scripts and configs set up processes and may read it.
    files: ['{apps,packages}/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '{apps,packages}/*/src/**/env.ts', '**/testing.ts', '**/test-support/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment in the env.ts of the package.' },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // expect(value, 'what failed') is Vitest's message argument.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // Property tests assert through fast-check; table-driven tests pick their expectation per row.
      'vitest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expect*', 'fc.assert', 'assert*', 'screen.findBy*'] },
      ],
      'vitest/no-conditional-expect': 'off',
      // A setup hook may check what it set up.
      'vitest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['beforeAll', 'beforeEach'] }],
    },
  },
  {
    // Not yet in the API: 19 non-null assertions remain there (imports/, admin-cli/backup, routers/audit).
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // A browser step asserts by waiting for what it needs (a missing element fails it); setup checks its data.
    files: ['apps/admin/e2e/**'],
    rules: { 'vitest/expect-expect': 'off', 'vitest/no-standalone-expect': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['packages/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', domainBans] },
  },
  {
    // The domain's tools (benchmarks, generators, the reuser test) run on Node; the library in src/ stays pure.
    files: ['packages/domain/{bench,scripts,reuse}/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['packages/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@inovda/domain', '@inovda/api', '@inovda/admin', '@inovda/cli'],
              message: 'packages/db imports no other workspace package.',
            },
          ],
        },
      ],
    },
  },
  {
    // Server code logs through pino (apps/api/src/log); terminal output of commands goes through their printers.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['apps/*/src/**/*.{ts,tsx}'],
    ignores: ['apps/*/src/**/*.test.{ts,tsx}', 'apps/*/src/**/test-support/**'],
    rules: { 'no-restricted-syntax': ['error', ...appRuleBans] },
  },
  {
    files: ['apps/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@inovda/db', '@inovda/api', '@prisma/*'],
              message: 'The CLI uses @inovda/domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@inovda/api', message: 'Only `import type` from @inovda/api.', allowTypeImports: true },
          ],
          patterns: [
            {
              group: ['@inovda/api/*'],
              message: 'Only `import type { AppRouter } from "@inovda/api"`.',
              allowTypeImports: true,
            },
            {
              group: ['@inovda/db', '@inovda/db/*', '@prisma/*'],
              message: 'The admin never touches the database.',
            },
          ],
        },
      ],
    },
  },
);
