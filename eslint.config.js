// ESLint flat config: strict type-aware rules for TypeScript, plain rules for scripts, layer boundaries for src/.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Only files some tsconfig includes can be linted with type information; the rest get syntax-only rules.
const typedFiles = ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', '*.config.ts'];

// Each layer may import only the layers to its right: ui → state → engine → workers → core.
const layers = ['ui', 'state', 'engine', 'workers', 'core'];
const boundaries = layers.slice(1).map((layer, i) => {
  const forbidden = layers.slice(0, i + 1);
  // React belongs to ui and state (the React rules below are scoped to them); core runs in workers and
  // in Node worker_threads, so it stays free of UI and RPC libraries too.
  const react = ['react', 'react-dom', 'react-dom/*'];
  const packages = layer === 'core' ? [...react, 'comlink', 'zustand', 'zustand/*'] : layer === 'state' ? [] : react;
  return {
    name: `racelab/layer-${layer}`,
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages.map((name) => ({ name, message: `src/${layer} must not depend on ${name}.` })),
          patterns: forbidden.map((upper) => ({
            group: [`**/${upper}/**`, `**/${upper}`],
            message: `src/${layer} must not import from src/${upper}: dependencies point ui → state → engine → workers → core.`,
          })),
        },
      ],
    },
  };
});

export default defineConfig(
  // `*.tmp.*` are personal scratch files, never part of the project.
  globalIgnores(['dist/', 'node_modules/', 'bench/.build/', 'test-results/', 'playwright-report/', 'coverage/', '**/*.tmp.*']),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  {
    name: 'racelab/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.strict, tseslint.configs.stylistic],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // With noUncheckedIndexedAccess every indexed read is `T | undefined`; `a[i]!` is how code states
      // a bound the type cannot see (loop indices, fixed layouts), and the alternative is dead checks.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  {
    name: 'racelab/typescript-typed',
    files: typedFiles,
    extends: [tseslint.configs.strictTypeCheckedOnly, tseslint.configs.stylisticTypeCheckedOnly],
    languageOptions: {
      parserOptions: {
        // core first, so core files are checked against the DOM-free program they really compile in.
        project: ['./tsconfig.core.json', './tsconfig.app.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers in messages and labels are everyday and unambiguous.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => clearTimeout(t)` reads clearly; braces would add noise, not safety.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Strings here are ASCII parameters such as `dirs`; spreading promises, functions or classes is still caught.
      '@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
      // Exhaustive switches over `as const` unions are the house pattern; a default that throws is fine.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, allowDefaultCaseForExhaustiveSwitch: true },
      ],
    },
  },

  {
    name: 'racelab/browser',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },

  {
    name: 'racelab/react',
    // Only where React may be imported (the layer rules keep it out of engine, workers and core): the
    // hooks rules compile every file they see, which cost an eighth of the lint on files without React.
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}', 'src/main.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // A stale dependency is a real bug in a live view, so it fails the lint rather than warning.
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  ...boundaries,

  {
    name: 'racelab/node',
    // Browser globals in bench/ are declared per file (`/* global window */`), where code runs in the page.
    files: ['scripts/**', 'bench/**', 'e2e/**', 'src/**/*.test.{ts,tsx}', 'src/**/*.threads.ts', 'src/testing/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    name: 'racelab/tests',
    files: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      // Test bodies and fixtures pass async callbacks to runners that do await them.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
);
