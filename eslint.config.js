import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers point one way: app → pages → features → shared (api, components, hooks, lib).
// Features never import each other. Relative imports may not climb out of their folder.
const FEATURES = [
  'auth',
  'budget',
  'kpi',
  'visitors',
  'conversations',
  'transcript',
  'interactions',
  'feedback',
];
const noClimb = { group: ['../../*'], message: 'Import across folders with the @/ alias.' };
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [noClimb, ...forbidden.map((group) => ({ group: [group], message }))] },
    ],
  },
});

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-demo',
    'dist-*',
    'public/mockServiceWorker.js',
    'test-results',
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
  layer(
    ['src/api/**', 'src/components/**', 'src/hooks/**', 'src/lib/**'],
    ['@/features/*', '@/pages/*', '@/app/*'],
    'Shared code must not depend on features, pages or the app.',
  ),
  ...FEATURES.map((name) =>
    layer(
      [`src/features/${name}/**`],
      ['@/pages/*', '@/app/*', ...FEATURES.filter((f) => f !== name).map((f) => `@/features/${f}/*`)],
      `Features never import each other, pages or the app; compose them in a page.`,
    ),
  ),
  layer(['src/pages/**'], ['@/app/*'], 'Pages must not depend on the app shell.'),
]);
