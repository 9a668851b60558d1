// The saved Báo Thanh Hóa article used by `npm start` and the browser tests, and the address it is
// served at: the page's own canonical URL, so the extension sees the same host and path as on the live site.
import { existsSync, readFileSync } from 'node:fs';
import { SAMPLE_PAGE } from './paths';

export const SAMPLE_HOST = 'baothanhhoa.vn';
/** Used when the saved page declares no canonical URL on the expected host. */
const FALLBACK_PATH = '/soi-tin-sample-article.html';

export interface SamplePage {
  html: string;
  host: string;
  path: string;
}

export function loadSamplePage(): SamplePage {
  if (!existsSync(SAMPLE_PAGE)) {
    throw new Error(`The sample page is missing: ${SAMPLE_PAGE} (written by the DOM fixtures).`);
  }
  const html = readFileSync(SAMPLE_PAGE, 'utf8');
  const canonical =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  let path = FALLBACK_PATH;
  if (canonical) {
    try {
      const u = new URL(canonical);
      if (u.hostname.replace(/^www\./, '') === SAMPLE_HOST) path = u.pathname;
    } catch {
      // not a URL: keep the fallback path
    }
  }
  return { html, host: SAMPLE_HOST, path };
}
