import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureBoundary = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'Shared code must not depend on Electron.' },
    { group: ['node:*'], message: 'Shared code must not depend on Node built-ins.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Shared code must not depend on React.' },
    { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'Shared code must not reach into an environment folder.' },
  ],
  paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'better-sqlite3', 'ws'],
};

/** A no-restricted-imports rule: no Node or Electron (saying why, for this layer), plus these groups. */
const layerImports = (nodeMessage, ...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'electron'], message: nodeMessage }, ...patterns] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // src/shared and the pure half of every activity engine run everywhere:
  // in main, in the preload, in the renderer, on phones.
  // View registries (editors.ts, views.ts, participant-views.ts) are the only .ts files there that may import React.
  {
    files: ['src/shared/**/*.ts', 'src/activities/**/*.ts'],
    ignores: ['src/activities/editors.ts', 'src/activities/views.ts', 'src/activities/participant-views.ts', 'src/activities/view-types.ts'],
    rules: { 'no-restricted-imports': ['error', pureBoundary] },
  },
  {
    files: [
      'src/renderer/**/*.{ts,tsx}',
      'src/activities/**/*.tsx',
      'src/activities/editors.ts',
      'src/activities/views.ts',
      'src/activities/participant-views.ts',
      'src/activities/view-types.ts',
    ],
    rules: layerImports('The renderer has no Node or Electron access: go through the API client.', {
      group: ['**/main/**'],
      message: 'The renderer must not import the core: go through the API client.',
    }),
  },
  // Layers: generic UI parts live in src/ui, which both the renderer and the engines import.
  // Engines never reach up into the renderer, and src/ui depends on neither.
  {
    files: [
      'src/activities/**/*.tsx',
      'src/activities/editors.ts',
      'src/activities/views.ts',
      'src/activities/participant-views.ts',
      'src/activities/view-types.ts',
    ],
    rules: layerImports(
      'Engines run in the renderer and on phones: no Node or Electron.',
      { group: ['**/main/**'], message: 'Engines must not import the core.' },
      { group: ['**/renderer/**'], message: 'Engines must not import the renderer (a lower layer reaching up): generic UI parts live in src/ui.' },
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: layerImports('UI parts run in the browser: no Node or Electron.', {
      group: ['**/main/**', '**/renderer/**', '**/activities/**', '**/preload/**'],
      message: 'src/ui holds generic UI parts: it imports only React, src/shared and itself.',
    }),
  },
  // Layers: SQL lives in src/main/db (connection, migrations, queries/<domain>.ts). Services, exports,
  // the servers and the shell call those query functions and never prepare a statement or set a pragma themselves.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
          message:
            'SQL belongs in src/main/db: add a function to src/main/db/queries/<domain>.ts (or db/pragmas.ts) and call it instead of .prepare() or .pragma().',
        },
      ],
    },
  },
  // Engine tests sit next to their engine but run in Node or jsdom under vitest: the engine's
  // import rules (no Node, no test helpers) are for the code that ships, not for its tests.
  {
    files: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);
