// `npm run build`: builds the extension for Chrome and Firefox, the CLI bundle, and the store zips.
//   pass 1 (vite.config.ts)          popup/library pages + background worker, ES modules → dist/.stage
//   pass 2 (vite.content.config.ts)  each content-scripts/*.ts as one classic ASCII-only IIFE → dist/.stage
//   CLI    (vite.cli.config.ts)      src/cli/main.ts → dist/node/soitin.js (when it exists)
// then copies the stage into dist/chrome and dist/firefox, each with its own manifest, checks the result
// and zips dist/soitin-{chrome,firefox}-VERSION.zip. Flags: --no-zip.
import { build } from 'vite';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, DIST_CHROME, DIST_FIREFOX, DIST_NODE, ROOT, STAGE } from './lib/paths';
import { loadNewsSites, referencedFiles, renderManifests, type Manifest } from './lib/manifest';
import { ICON_SIZES, iconPng } from './lib/png';
import { zipDirectory } from './lib/zip';
import { contentScriptConfig } from '../vite.content.config';
import { cliConfig } from '../vite.cli.config';

const args = new Set(process.argv.slice(2));
const started = Date.now();
const warnings: string[] = [];

function step(label: string) {
  console.log(`\n▶ ${label}`);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

async function main() {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const version: string = pkg.version;
  const source: Manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));

  // ── pass 1: pages + background ──────────────────────────────────────────────
  step('pass 1: extension pages and background (ES modules)');
  const { pageEntries } = await import('../vite.config');
  const entries = pageEntries();
  rmSync(STAGE, { recursive: true, force: true });
  if (Object.keys(entries).length > 0) {
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), mode: 'production' });
  }
  mkdirSync(STAGE, { recursive: true });
  console.log(`  entries: ${Object.keys(entries).join(', ') || '(none yet)'}`);

  // ── pass 2: content scripts ─────────────────────────────────────────────────
  step('pass 2: content scripts (classic IIFE, ASCII)');
  // Entries are the scripts the manifest names (content-scripts/X.js ← content-scripts/X.ts); other files
  // in that folder are modules they import.
  const named: string[] = (source.content_scripts ?? []).flatMap((cs: Manifest) => (cs.js ?? []) as string[]);
  const csEntries = [...new Set(named.map((js) => js.replace(/^content-scripts\//, '').replace(/\.js$/, '.ts')))].filter((f) =>
    existsSync(resolve(ROOT, 'content-scripts', f)),
  );
  for (const f of csEntries) {
    await build(contentScriptConfig(`content-scripts/${f}`));
    console.log(`  content-scripts/${f}`);
  }

  // ── CLI bundle ──────────────────────────────────────────────────────────────
  if (existsSync(resolve(ROOT, 'src/cli/main.ts'))) {
    step('CLI: src/cli/main.ts → dist/node/soitin.js');
    await build(cliConfig);
  } else {
    rmSync(DIST_NODE, { recursive: true, force: true });
    warnings.push('src/cli/main.ts missing: no CLI bundle');
  }

  // ── static files ────────────────────────────────────────────────────────────
  step('static files: _locales, icons');
  cpSync(resolve(ROOT, '_locales'), join(STAGE, '_locales'), { recursive: true });
  mkdirSync(join(STAGE, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    const committed = resolve(ROOT, `icons/icon-${size}.png`);
    const out = join(STAGE, `icons/icon-${size}.png`);
    if (existsSync(committed)) cpSync(committed, out);
    else writeFileSync(out, iconPng(size));
  }
  // Vite emits pages under their source path (popup/index.html); nothing else to move.

  // ── manifests ───────────────────────────────────────────────────────────────
  step('manifests');
  const sites = loadNewsSites();
  if (sites.source === 'fallback') warnings.push('src/data/news-sites.json missing: using the built-in site list');
  const manifests = renderManifests(source, version, sites.domains);
  console.log(`  ${sites.domains.length} news domains (${sites.source}) → ${sites.domains.length * 2} match patterns`);

  // Anything the manifest names that no pass produced gets a visible placeholder, so the rest of the
  // extension can still be loaded and tested while a part is being written.
  for (const file of new Set([...referencedFiles(manifests.chrome), ...referencedFiles(manifests.firefox)])) {
    const out = join(STAGE, file);
    if (existsSync(out)) continue;
    mkdirSync(dirname(out), { recursive: true });
    if (file.endsWith('.html')) {
      writeFileSync(out, '<!doctype html><meta charset="utf-8"><title>Soi Tin</title><p>Soi Tin: this page is not built yet.</p>\n');
    } else {
      writeFileSync(out, `// Soi Tin placeholder: the source of ${file} does not exist yet.\n`);
    }
    warnings.push(`PLACEHOLDER written for ${file} (its source is missing)`);
  }

  for (const [browser, dir, manifest] of [
    ['chrome', DIST_CHROME, manifests.chrome],
    ['firefox', DIST_FIREFOX, manifests.firefox],
  ] as const) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(STAGE, dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    console.log(`  dist/${browser}/manifest.json`);
  }

  // ── checks ──────────────────────────────────────────────────────────────────
  step('checks');
  const errors: string[] = [];
  for (const [dir, manifest] of [
    [DIST_CHROME, manifests.chrome],
    [DIST_FIREFOX, manifests.firefox],
  ] as const) {
    for (const f of referencedFiles(manifest)) {
      if (!existsSync(join(dir, f))) errors.push(`${relative(ROOT, dir)}: manifest names ${f}, which was not built`);
    }
    // Chrome refuses content scripts that are not valid UTF-8, without telling the page: keep them ASCII.
    for (const f of listFiles(join(dir, 'content-scripts')).filter((x) => x.endsWith('.js'))) {
      const bytes = readFileSync(f);
      const bad = bytes.findIndex((b) => b > 0x7f);
      if (bad >= 0) {
        const ctx = bytes.subarray(Math.max(0, bad - 40), bad + 20).toString('utf8');
        errors.push(`${relative(ROOT, f)}: non-ASCII byte at offset ${bad} near ${JSON.stringify(ctx)}`);
      }
    }
    // Every script must at least be valid UTF-8 (TextDecoder with fatal throws on bad sequences).
    for (const f of listFiles(dir).filter((x) => x.endsWith('.js'))) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(f));
      } catch {
        errors.push(`${relative(ROOT, f)}: not valid UTF-8`);
      }
    }
  }
  if (errors.length) {
    for (const e of errors) console.error(`  ✗ ${e}`);
    throw new Error(`build checks failed (${errors.length})`);
  }
  console.log('  ✓ manifest files present, content scripts ASCII-only, all scripts valid UTF-8');

  // ── zips ────────────────────────────────────────────────────────────────────
  if (!args.has('--no-zip')) {
    step('zips');
    for (const [browser, dir] of [
      ['chrome', DIST_CHROME],
      ['firefox', DIST_FIREFOX],
    ] as const) {
      const out = resolve(DIST, `soitin-${browser}-${version}.zip`);
      zipDirectory(dir, out);
      console.log(`  ${relative(ROOT, out)}  ${kb(statSync(out).size)}`);
    }
  }

  // ── sizes ───────────────────────────────────────────────────────────────────
  step('bundle sizes (dist/chrome; raw / gzip)');
  const rows = listFiles(DIST_CHROME)
    .filter((f) => /\.(js|html|css)$/.test(f))
    .map((f) => {
      const b = readFileSync(f);
      return { file: relative(DIST_CHROME, f), raw: b.length, gz: gzipSync(b).length };
    })
    .sort((a, b) => b.raw - a.raw);
  for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gz).padStart(10)}`);
  if (existsSync(join(DIST_NODE, 'soitin.js'))) {
    console.log(`  ${'(CLI) dist/node/soitin.js'.padEnd(48)} ${kb(statSync(join(DIST_NODE, 'soitin.js')).size).padStart(10)}`);
  }
  rmSync(STAGE, { recursive: true, force: true });

  for (const w of warnings) console.warn(`  ⚠ ${w}`);
  console.log(`\nbuild steps done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} kB`;
}

main().catch((err) => {
  console.error(`\nbuild failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
