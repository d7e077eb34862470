import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'media/**', 'node_modules/**', '.vscode-test/**', 'bench-workspace/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true, allowTypedFunctionExpressions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The core is pure: no VS Code, no file system, no processes. It is handed text.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not import vscode (see DESIGN.md).' },
          { name: 'fs', message: 'src/core never touches the file system: it is handed text.' },
          { name: 'node:fs', message: 'src/core never touches the file system: it is handed text.' },
          { name: 'fs/promises', message: 'src/core never touches the file system: it is handed text.' },
          { name: 'node:fs/promises', message: 'src/core never touches the file system: it is handed text.' },
          { name: 'child_process', message: 'src/core runs no processes.' },
        ],
      }],
    },
  },
  {
    // The webview runs in a browser sandbox and talks to the host only through messages.
    files: ['src/webview/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The webview cannot use the vscode API; use the message protocol.' }] }],
    },
  },
);
