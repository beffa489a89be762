import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

const WORKER_ONLY = [
  { name: 'dexie', message: 'Only src/worker/ touches IndexedDB.' },
  { name: '@nostr-dev-kit/ndk', message: 'Only src/worker/ talks to relays.' },
];
const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/client', 'zustand', 'comlink', 'workbox-window'];

// One zone per feature folder, read from disk, so a new feature is covered without editing this file.
const FEATURES_DIR = path.join(ROOT, 'src/features');
const FEATURES = fs.existsSync(FEATURES_DIR)
  ? fs
      .readdirSync(FEATURES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];
const MAIN_THREAD_LAYERS = ['./src/app', './src/features', './src/ui', './src/store', './src/lib', './src/main.tsx'];

// Layer boundaries on resolved paths: `../history/x` and `../../features/history/x` are the same file here,
// however the import is spelled.
const ZONES = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `A feature does not import another feature (features/${feature}/ imports only itself; shared code goes to ui/, lib/, store/ or domain/, and app/ composes features).`,
  })),
  {
    target: './src/ui',
    from: ['./src/features', './src/app'],
    message: 'ui/ is shared UI (components, formatting): it imports no feature and not app/.',
  },
  {
    target: ['./src/store', './src/lib'],
    from: ['./src/features', './src/app', './src/ui'],
    message: 'store/ and lib/ sit under the UI: they import no feature, app/ or ui/.',
  },
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'domain/ imports only from domain/.',
  },
  {
    target: './src/worker',
    from: MAIN_THREAD_LAYERS,
    message: 'The worker has no UI: it imports nothing from the main thread.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'dev-dist', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Resolves extensionless .ts/.tsx imports the way Vite and tsc (moduleResolution: bundler) do.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'], conditionNames: ['import', 'browser', 'default'] }),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: ZONES }],
      // The zones see only imports the resolver can follow, so every import must resolve.
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
      // Runtime import circles (import type is erased and not followed by this rule).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
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
    // A folder inside domain/ (training-csv/, exercise-mapping/): one level up is still domain/.
    files: ['src/domain/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...WORKER_ONLY, ...UI_LIBRARIES.map((name) => ({ name, message: 'domain/ is pure TypeScript.' }))],
          patterns: [{ regex: '^\\.\\./\\.\\./(?!domain/)', message: 'domain/ imports only from domain/.' }],
        },
      ],
    },
  },
  {
    // Everything on the main thread: no Dexie, no NDK, and worker code only as types.
    files: ['src/app/**', 'src/features/**', 'src/ui/**', 'src/lib/**', 'src/store/**', 'src/main.tsx'],
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
    // Features reach the worker through the stores. (Features never importing each other is a path zone above.)
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: WORKER_ONLY,
          patterns: [
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
