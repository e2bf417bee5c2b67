// Lint configuration of the plugin's own code.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import tsPlugin from '@typescript-eslint/eslint-plugin';

export default [
  {
    ignores: [
      'dist/**',
      'packages/*/dist/**',
      'node_modules/**',
      'coverage/**',
      'examples/**',
      'test/fixtures/**',
      'test/corpus/.out/**',
      'bench/.tmp/**',
      '.cache/**',
      'editors/vscode/dist/**',
      'editors/vscode/node_modules/**',
      'editors/vscode/.vscode-test/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' } },
    plugins: { '@typescript-eslint': tsPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
    },
  },
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ['rules/**/*.ts'],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow|Enforce|Report)' }],
      'eslint-plugin/require-meta-schema': 'error',
      'eslint-plugin/require-meta-type': 'error',
      'eslint-plugin/require-meta-has-suggestions': 'error',
      'eslint-plugin/require-meta-fixable': 'error',
    },
  },
  {
    files: ['test/rules/**/*.ts'],
    ...eslintPlugin.configs['tests-recommended'],
  },
];
