import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const WORKER_ONLY = [
  { name: 'dexie', message: 'Only src/worker/ touches IndexedDB.' },
  { name: '@nostr-dev-kit/ndk', message: 'Only src/worker/ talks to relays.' },
];
const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/client', 'zustand', 'comlink', 'workbox-window'];

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'dev-dist', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The pure core: no UI, no storage, no relays, no DOM (its tsconfig has no DOM lib either).
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...WORKER_ONLY, ...UI_LIBRARIES.map((name) => ({ name, message: 'domain/ is pure TypeScript.' }))],
          patterns: [{ regex: '^\\.\\./(?!domain/)', message: 'domain/ imports only from domain/.' }],
        },
      ],
    },
  },
  {
    // Everything on the main thread: no Dexie, no NDK, and worker code only as types.
    files: ['src/app/**', 'src/features/**', 'src/lib/**', 'src/store/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: WORKER_ONLY,
          patterns: [
            {
              regex: '/worker/(?!api$)',
              message: 'The main thread reaches the worker only through lib/worker-client and worker/api types.',
            },
            { regex: '/worker/api$', allowTypeImports: true, message: 'Import worker/api as types only.' },
          ],
        },
      ],
    },
  },
  {
    // Features never import each other; app/ composes them.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: WORKER_ONLY,
          patterns: [
            { regex: '^\\.\\./(?!\\.\\./)', message: 'A feature does not import another feature.' },
            { regex: '/worker/(?!api$)', message: 'Features reach the worker only through the stores.' },
            { regex: '/worker/api$', allowTypeImports: true, message: 'Import worker/api as types only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**'],
    languageOptions: { globals: { ...globals.worker } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: UI_LIBRARIES.filter((n) => n !== 'comlink').map((name) => ({ name, message: 'The worker has no UI.' })) },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.{ts,mjs}', 'src/testing/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
