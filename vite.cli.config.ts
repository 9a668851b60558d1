// The CLI bundle: src/cli/main.ts → dist/node/soitin.js, one Node ES module with the pure core inside.
// jsdom stays external (a runtime dependency: big, and it reads its own files at run time).
import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const EXTERNAL = new Set(['jsdom', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export const cliConfig: UserConfig = {
  root: ROOT,
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['jsdom'], target: 'node' },
  build: {
    ssr: resolve(ROOT, 'src/cli/main.ts'),
    outDir: resolve(ROOT, 'dist/node'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    rolldownOptions: {
      external: (id: string) => EXTERNAL.has(id) || id.startsWith('jsdom/'),
      output: { format: 'es', entryFileNames: 'soitin.js', inlineDynamicImports: true },
    },
  },
} as UserConfig;

export default defineConfig(cliConfig);
