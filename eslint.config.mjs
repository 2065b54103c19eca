// ESLint flat config: type-aware typescript-eslint rules, jest rules for tests, Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'cdk.out/', 'coverage/', '.local/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness comes in through SkillDeps.random.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time comes in through SkillDeps.clock.',
        },
      ],
    },
  },
  {
    files: ['lambda/**/*.ts'],
    ignores: ['lambda/index.ts', 'lambda/core/render.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only lambda/index.ts reads the environment.' },
        {
          property: 'responseBuilder',
          message:
            'Handlers return answers (lambda/core/answer.ts); only lambda/core/render.ts makes responses.',
        },
      ],
    },
  },
  {
    files: ['lambda/core/render.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only lambda/index.ts reads the environment.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'runDialog*'] }],
      'jest/no-conditional-expect': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['tools/**/*.ts', 'harness/**/*.ts', 'test/**/*.ts', 'infra/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
