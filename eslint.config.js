import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its failure: a clerk's action that fails must say so.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      // A new error code, channel or status must be handled wherever a switch branches on it.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Type-aware rules need a TypeScript program; build scripts and configs in plain JS have none.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // shared/ runs on both sides: no Node, no DOM, no Electron.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'better-sqlite3', 'react', 'fs', 'path'] }],
    },
  },
  {
    // Services, the CLI and the browser host run in plain Node: importing Electron there downloads a binary.
    files: [
      'electron/services/**/*.ts',
      'electron/routing/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/ipc/**/*.ts',
      'electron/host/**/*.ts',
      'electron/app/**/*.ts',
      'tests/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', 'electron-store'] }],
    },
  },
  {
    // The services and the routing are the core: the transport (ipc/) and the composition root (app/) are
    // built on them, never the other way round. A port a service needs comes in as a type of its own.
    files: ['electron/services/**/*.ts', 'electron/routing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'electron-store'],
          patterns: [
            {
              regex: '(^|/)(ipc|app)(/|$)',
              message: 'Services and routing must not import electron/ipc/ or electron/app/: take a port type instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'better-sqlite3', '../../electron/*', '../electron/*'] },
            {
              group: ['**/i18n/ms*'],
              message: 'Take screen words from useStrings() (i18n/strings.ts) so the BM | EN switch reaches them.',
            },
          ],
        },
      ],
    },
  },
);
