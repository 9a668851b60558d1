// Build pass 1 of 2 (see scripts/build.ts): the extension pages (popup, library) and the background
// service worker, as ES modules. The content script needs a classic script and has its own pass
// (vite.content.config.ts). Entries that do not exist yet are left out so a partial tree still builds.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
/** Staging folder both passes write to; scripts/build.ts copies it into dist/chrome and dist/firefox. */
export const STAGE_DIR = resolve(ROOT, 'dist/.stage');

/** Page entries (HTML) and script entries of pass 1, keyed by output name. */
const CANDIDATE_ENTRIES: Record<string, string> = {
  popup: 'popup/index.html',
  library: 'popup/library.html',
  options: 'popup/options.html',
  background: 'src/background/index.ts',
};

export function pageEntries(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, rel] of Object.entries(CANDIDATE_ENTRIES)) {
    if (existsSync(resolve(ROOT, rel))) found[name] = resolve(ROOT, rel);
  }
  return found;
}

export default defineConfig({
  root: ROOT,
  base: '/',
  publicDir: false,
  plugins: [preact()],
  logLevel: 'warn',
  build: {
    outDir: STAGE_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // Extension pages load from disk: preloading buys nothing, and its helper touches `document`,
    // which the service worker does not have.
    modulePreload: false,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: pageEntries(),
      output: {
        // The manifest names the worker by a fixed path; everything else may carry a content hash.
        entryFileNames: (chunk) => (chunk.name === 'background' ? 'background/index.js' : 'assets/[name]-[hash].js'),
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
