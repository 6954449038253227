// @ts-check
// The linter: JavaScript's recommended rules and typescript-eslint's (syntax only, so that it runs in seconds).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'test/generated/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Decorated entity and input classes declare their fields for the ORM and the schema.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests read GraphQL answers as loose JSON.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The console's scripts run in the browser, as plain scripts.
    files: ['src/**/assets/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'navigator',
          'fetch',
          'location',
          'console',
          'setTimeout',
          'clearTimeout',
          'URL',
          'URLSearchParams',
          'FormData',
          'HTMLElement',
          'Event',
          'CustomEvent',
          'atob',
          'btoa',
          'TextEncoder',
          'TextDecoder',
          'Uint8Array',
          'ArrayBuffer',
          'PublicKeyCredential',
          'requestAnimationFrame',
          'BarcodeDetector',
          'Image',
          'WebAssembly',
          'self',
          'performance',
          'AbortController',
          'Blob',
          'File',
          'FileReader',
          'XMLHttpRequest',
          'EventSource',
          'crypto',
          'history',
          'matchMedia',
          'alert',
          'confirm',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
