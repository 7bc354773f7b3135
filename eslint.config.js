// Lint config. The import restrictions below are the architecture's dependency direction:
// core <- companion <- server, core <- web (web may import server *types* only), cli on top.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'https', 'net'];

function restrict(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: restrict([
      { group: ['@kinbridge/*'], message: 'core imports nothing of ours.' },
      { group: nodeBuiltins, message: 'core is pure: no Node APIs (it runs in the browser offline).' },
    ]),
  },
  {
    files: ['packages/companion/src/**/*.ts'],
    rules: restrict([
      { group: ['@kinbridge/server', '@kinbridge/server/*', '@kinbridge/web', '@kinbridge/web/*', '@kinbridge/cli', '@kinbridge/cli/*'], message: 'companion depends on core only.' },
    ]),
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: restrict([
      { group: ['@kinbridge/web', '@kinbridge/web/*', '@kinbridge/cli', '@kinbridge/cli/*'], message: 'server depends on core and companion only.' },
    ]),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      { group: ['@kinbridge/companion', '@kinbridge/companion/*', '@kinbridge/cli', '@kinbridge/cli/*'], message: 'web depends on core (and server types) only.' },
      { group: ['@kinbridge/server', '@kinbridge/server/*'], allowTypeImports: true, message: 'web may import server types only.' },
      { group: nodeBuiltins, message: 'web runs in the browser.' },
    ]),
  },
);
