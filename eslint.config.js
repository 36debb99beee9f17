import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers point one way: app → page → feature → shared (api, components, hooks, lib, styles), by
// folder pattern, so a new feature or page needs no edit here. A feature imports only itself and
// shared code. Production code never imports the fixtures (mocks/) or test helpers; the one
// exception is the demo bootstrap in src/main.tsx, behind the build-time __MOCK__ flag.
const ELEMENTS = [
  { type: 'app', pattern: 'src/app' },
  { type: 'page', pattern: 'src/pages' },
  { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
  { type: 'test-helper', pattern: ['src/test', 'src/features/*/testing'] },
  { type: 'shared', pattern: 'src/(api|components|hooks|lib|styles)' },
  { type: 'mocks', pattern: 'mocks' },
];
const TEST_FILES = ['**/*.test.{ts,tsx}', 'src/test/**', 'src/features/*/testing/**', 'mocks/**'];
const el = (type, captured) => ({ element: { type, ...(captured && { captured }) } });
const LAYERS = [
  { from: el('app'), allow: { to: el(['app', 'page', 'feature', 'shared']) } },
  { from: el('page'), allow: { to: el(['page', 'feature', 'shared']) } },
  {
    from: el('feature'),
    allow: [{ to: el('shared') }, { to: el('feature', { name: '{{ from.element.captured.name }}' }) }],
  },
  { from: el('shared'), allow: { to: el('shared') } },
  {
    from: el(['app', 'page', 'feature', 'shared']),
    disallow: { to: el(['mocks', 'test-helper']) },
    message: 'Production code never imports the fixtures (mocks/) or test helpers.',
  },
];
const noClimb = { group: ['../../*'], message: 'Import across folders with the @/ alias.' };

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-demo',
    'dist-*',
    'public/mockServiceWorker.js',
    'test-results*',
    'playwright-report',
    'reports',
    'bench-results',
  ]),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A scrollable <pre> (code, raw JSON) takes the focus so that keyboard users can scroll it
      // (axe: scrollable-region-focusable); other static elements still may not.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: ['pre'], roles: ['tabpanel'], allowExpressionValues: true },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noClimb] }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            'Layers point one way (app → page → feature → shared) and features never import each other.',
          policies: [
            ...LAYERS,
            // Test helpers and the fixtures may use everything.
            { from: el(['test-helper', 'mocks']), allow: { to: el('*') } },
          ],
        },
      ],
    },
  },
  {
    files: TEST_FILES,
    rules: { 'boundaries/dependencies': 'off' },
  },
  {
    // The demo build starts the fixtures; a production build compiles this branch away.
    files: ['src/main.tsx'],
    rules: { 'boundaries/dependencies': 'off' },
  },
]);
