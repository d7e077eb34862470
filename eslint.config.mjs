import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const VSCODE_BANNED = { name: 'vscode', message: 'Only src/extension uses the vscode API (docs/architecture.md).' };
const YAML_PARSERS = {
  name: 'yaml',
  importNames: ['parse', 'parseDocument', 'parseAllDocuments', 'Parser', 'Composer', 'Lexer'],
  message: 'Text reaches the yaml parser only through src/core/screenedParse.ts, which screens it first (see yamlScreen.ts).',
};
const NODE_MODULES = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'process'];
const WEBVIEW_BANNED = { group: ['**/webview/*', '**/webview/**'], message: 'Webview code runs in the webview only; share through src/shared (docs/architecture.md).' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'media/**', 'node_modules/**', '.vscode-test/**', 'bench-workspace/**', 'src/core/generated/**'] },
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
    // The core is pure: no VS Code, no Node (file system, processes, paths), no webview. It is handed text.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [VSCODE_BANNED, YAML_PARSERS, ...NODE_MODULES.map((name) => ({ name, message: 'src/core never touches the file system or processes: it is handed text (docs/architecture.md).' }))],
        patterns: [{ group: ['node:*'], message: 'src/core is pure TypeScript: no Node modules (docs/architecture.md).' }, WEBVIEW_BANNED],
      }],
    },
  },
  {
    // The one module that hands text to the yaml parser, after screening it.
    files: ['src/core/screenedParse.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [VSCODE_BANNED, ...NODE_MODULES.map((name) => ({ name, message: 'src/core never touches the file system or processes.' }))],
        patterns: [{ group: ['node:*'], message: 'src/core is pure TypeScript: no Node modules.' }],
      }],
    },
  },
  {
    // The front ends do I/O around the core; they never parse YAML themselves and never import the webview.
    files: ['src/extension/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [YAML_PARSERS], patterns: [WEBVIEW_BANNED] }],
    },
  },
  {
    // The CLI runs without VS Code.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [YAML_PARSERS, VSCODE_BANNED], patterns: [WEBVIEW_BANNED] }],
    },
  },
  {
    // The bench's reopen floor is a VS Code extension of its own, loaded by the extension host as CommonJS.
    files: ['scripts/vscodeTest/reopenFloor/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', console: 'readonly', setTimeout: 'readonly', performance: 'readonly', TextDecoder: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The webview runs in a browser sandbox and talks to the host only through messages; shared code runs on both sides.
    files: ['src/webview/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [VSCODE_BANNED, YAML_PARSERS],
        patterns: [{ group: ['node:*'], message: 'The webview and shared code run in a browser too: no Node modules.' }],
      }],
    },
  },
);
