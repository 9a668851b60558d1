/// <reference types="vitest/config" />
// Browser end-to-end tests (tests/e2e): real Chromium and Firefox with the built extension (run
// `npm run build` first; `npm test` does). One file at a time in one process: each test drives a whole
// browser, and two at once on a 2-core machine would only make both slow.
import { defineConfig } from 'vite';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globals: true,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // Generous limits: a cold browser start plus extraction and analysis of a long article.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
