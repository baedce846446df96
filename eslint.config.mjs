import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['dist/**', 'demo/react/dist/**', 'node_modules/**', 'coverage/**', 'storybook-static/**', 'src/generated/**', 'custom-elements.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly'},
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // d3 is used for math only: lit owns the DOM (STYLE §9.3)
      'no-restricted-imports': ['error', {paths: [
        {name: 'd3', message: 'Import the d3 module you use (d3-scale, d3-shape, …).'},
        {name: 'd3-selection', message: 'lit owns the DOM; use d3 for math only.'},
      ]}],
      'no-restricted-syntax': ['error',
        {selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Data never becomes markup.'},
      ],
    },
  },
  {
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', 'test/helpers/*.mjs', 'demo/**/*.mjs'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly'}},
  },
  {
    // demo pages: plain browser modules loaded without a bundler (the React example is JSX)
    files: ['demo/**/*.js', 'demo/**/*.jsx'],
    ignores: ['demo/react/dist/**'],
    languageOptions: {
      parserOptions: {ecmaFeatures: {jsx: true}},
      globals: {
        URL: 'readonly', URLSearchParams: 'readonly', fetch: 'readonly', navigator: 'readonly', location: 'readonly',
        getSelection: 'readonly', setTimeout: 'readonly', ResizeObserver: 'readonly', Option: 'readonly',
        AbortController: 'readonly', Event: 'readonly',
      },
    },
  },
);
