// @ts-check
/**
 * ESLint flat config: typescript-eslint's recommended rules for TypeScript, eslint-plugin-astro's for .astro
 * files. Formatting is Prettier's (`npm run format`); ESLint checks code, not layout. Run by `npm run lint`.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'bench/out/', 'tmp/', 'public/', 'data/', 'tests/fixtures/', '.dist-building-*/', '.dist-old-*/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a value left out on purpose (`{ multiplier: _m, ...rest }`, an unused callback argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Chinese text (prose, comments, patterns) uses the ideographic space U+3000 on purpose; only code itself must not.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
      // Errors for the reader restate what went wrong (file, line, what to do) in their message; attaching the caught
      // error as `cause` would print its stack and internals too, which the project's error messages leave out.
      'preserve-caught-error': 'off',
    },
  },
  {
    // Scripts shipped to the browser (hover, search).
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
