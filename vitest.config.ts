/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// Unit tests: pure core in Node, DOM code in happy-dom (chosen per file with a
// `// @vitest-environment happy-dom` docblock). Browser tests live in tests/e2e
// and run under vitest.e2e.config.ts after a build.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globals: true,
    testTimeout: 20000,
  },
});
