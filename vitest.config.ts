import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// esbuild emits no decorator metadata, which type-graphql and MikroORM read: transform with swc instead.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
        target: 'es2022',
      },
    }),
  ],
  esbuild: false,
  resolve: {
    // One copy of graphql: Apollo and type-graphql load the CommonJS build.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share their worker's process and its loaded modules: loading the server's modules (Apollo,
    // MikroORM, ECharts, PDFKit…) anew for each of ~90 files took a third of the suite's time. Files start
    // their own apps, databases and browsers, and put back any setting they change (see epcis-webhooks).
    isolate: false,
    // The EPCIS webhook dispatcher ticks in the background: off, so that query-count tests count their own statements (epcis-webhooks turns it on).
    env: { EPCIS_DISPATCHER: 'off' },
  },
});
