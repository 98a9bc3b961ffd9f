// ESLint flat config. The rule that matters most: src/core stays free of `vscode` and Node
// built-ins, so the same core runs in the CLI, the extension host and (later) the browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'examples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on VS Code: put adapters in src/extension.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/core must not use Node built-ins: put I/O in src/node.' })),
          ],
        },
      ],
    },
  },
  {
    // The figure engine is many small readers and rules (issue 13): a function that grows past a
    // screen is where the special cases pile up again.
    files: ['src/core/figures/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The web host runs in VS Code for the Web's web worker (the build fails on a Node built-in too).
    files: ['src/web/**/*.ts', 'src/extension/sourceReader.ts', 'src/extension/sourceUri.ts', 'src/node/sourceFormats.ts', 'src/node/config.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'the web bundle must not use Node built-ins: read files through vscode.workspace.fs.' })) }],
    },
  },
  {
    files: ['scripts/**/*.{mjs,js,ts}', 'test/**/*.{mjs,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
