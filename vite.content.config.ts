// Build pass 2 of 2: one content script as ONE classic IIFE (Chrome cannot load a content script that is
// an ES module) and as pure ASCII: Chrome silently refuses a content script that is not valid UTF-8, and
// the minifier can turn escapes such as String.fromCharCode(65535) into raw non-characters.
// scripts/build.ts calls contentScriptConfig() once per file in content-scripts/.
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const STAGE_DIR = resolve(ROOT, 'dist/.stage');

export function contentScriptConfig(entry: string): UserConfig {
  const name = basename(entry).replace(/\.[cm]?[jt]sx?$/, '');
  return {
    root: ROOT,
    configFile: false,
    publicDir: false,
    plugins: [preact()],
    logLevel: 'warn',
    // Library mode leaves process.env.NODE_ENV alone; libraries (Preact, Dexie) read it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: STAGE_DIR,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry: resolve(ROOT, entry),
        formats: ['iife'],
        // An IIFE needs a global name; content scripts run in an isolated world, so it touches no page global.
        name: `SoiTin_${name.replace(/\W/g, '_')}`,
        fileName: () => `content-scripts/${name}.js`,
      },
      rolldownOptions: {
        output: { charset: 'ascii', inlineDynamicImports: true },
      },
    },
  } as UserConfig;
}

export default defineConfig(contentScriptConfig('content-scripts/article.ts'));
