// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**', 'bench-results/**', 'scripts/demo-crm/site/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text renders as text, never HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text renders as text, never HTML.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // lib/ is pure: only lib/db and lib/messaging may touch extension APIs (a meta test checks too).
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/db/**', 'lib/messaging/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/browser', 'wxt/utils/storage', '@webext-core/*'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
