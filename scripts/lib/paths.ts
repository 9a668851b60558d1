// Where things live, resolved once from this file so scripts work from any working directory.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = resolve(ROOT, 'dist');
/** Vite writes both passes here; the per-browser folders are copies with their own manifest. */
export const STAGE = resolve(DIST, '.stage');
export const DIST_CHROME = resolve(DIST, 'chrome');
export const DIST_FIREFOX = resolve(DIST, 'firefox');
export const DIST_NODE = resolve(DIST, 'node');
export const OUT = resolve(ROOT, 'out');
/** The saved news page the demo and the browser tests serve (written by the DOM fixtures). */
export const SAMPLE_PAGE_DIR = resolve(ROOT, 'tests/fixtures/pages/baothanhhoa-2025-11-25');
export const SAMPLE_PAGE = resolve(SAMPLE_PAGE_DIR, 'source.html');
export const NEWS_SITES_JSON = resolve(ROOT, 'src/data/news-sites.json');
