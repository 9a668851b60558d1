// The extension in real Firefox (headless firefox-esr via web-ext). Firefox is driven without a remote
// protocol, so the pages report back: the saved article is served with a small reporter script appended,
// which waits for the highlights to settle and POSTs what a reader would see
// (marks, overlay present, page text, the page text as served) to the test's server. Plain http through a
// local proxy carries the real host names (see scripts/lib/firefox.ts).
// Needs `npm run build` first and a system Firefox ≥ 142 (FIREFOX_PATH or /usr/bin/firefox-esr).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST_FIREFOX } from '../../scripts/lib/paths';
import { findFirefox, FIREFOX_HELP } from '../../scripts/lib/find-browser';
import { startFixtureServer, REPORT_PATH, type FixtureServer } from '../../scripts/lib/fixture-server';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../../scripts/lib/firefox';
import { loadSamplePage } from '../../scripts/lib/sample-page';
import { visibleTextOf } from './page-text';

const MONEY_TEXT = '243 tỷ 609 triệu đồng';
const NON_NEWS_URL = 'http://example.org/vi/bai-viet-mau.html';
/** How long to wait for each page's report (browser start, extraction and analysis included). */
const REPORT_TIMEOUT_MS = 90_000;

interface Report {
  url: string;
  marks: { text: string; type: string | null }[];
  /** The extension's interface host (legend, hover card) is on the page. */
  overlay: boolean;
  shown: string;
  original: string;
  error?: string;
}

/**
 * The reporter appended to the served page. `expectMarks`: wait for highlights to appear and settle;
 * otherwise (a page that must stay untouched) watch long enough for a content script to have acted.
 */
function reporterScript(expectMarks: boolean, next: string | null): string {
  return `<script>
(async () => {
  const visible = (${visibleTextOf.toString()});
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const report = { url: location.href, marks: [], overlay: false, shown: '', original: '' };
  try {
    // Poll every 250 ms until the count of marks has not changed for 4 polls (1 s) after load,
    // at most 60 s. A page that must stay untouched is watched for 12 polls (3 s) after load.
    let last = -1, stable = 0;
    for (let i = 0; i < 240; i++) {
      await sleep(250);
      if (document.readyState !== 'complete') continue;
      const n = document.querySelectorAll('soitin-mark').length;
      if (n === last) stable++; else { stable = 0; last = n; }
      if (${expectMarks} ? n > 0 && stable >= 4 : stable >= 12) break;
    }
    const marks = [...document.querySelectorAll('soitin-mark')];
    report.marks = marks.map((m) => ({ text: m.textContent, type: m.getAttribute('data-type') }));
    report.overlay = !!document.querySelector('soitin-overlay');
    report.shown = visible(document.body);
    const served = await (await fetch(location.href, { cache: 'no-store' })).text();
    report.original = visible(new DOMParser().parseFromString(served, 'text/html').body);
  } catch (e) {
    report.error = String(e && e.stack || e);
  }
  await fetch(${JSON.stringify(REPORT_PATH)}, { method: 'POST', body: JSON.stringify(report) });
  ${next ? `location.href = ${JSON.stringify(next)};` : ''}
})();
</script>`;
}

/** Waits for the test to say the extension is installed, then opens the first page. */
const LAUNCHER = `<!doctype html><meta charset="utf-8"><title>Soi Tin e2e</title><script>
(async () => {
  for (;;) {
    const r = await fetch('/__go', { cache: 'no-store' });
    if (r.status === 200) { location.href = await r.text(); return; }
    await new Promise((res) => setTimeout(res, 200));
  }
})();
</script>`;

function withReporter(html: string, expectMarks: boolean, next: string | null): string {
  const i = html.lastIndexOf('</body>');
  const script = reporterScript(expectMarks, next);
  return i >= 0 ? html.slice(0, i) + script + html.slice(i) : html + script;
}

let server: FixtureServer;
let firefox: LaunchedFirefox | undefined;
let news: Report;
let nonNews: Report;

beforeAll(async () => {
  if (!existsSync(resolve(DIST_FIREFOX, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first.');
  if (!findFirefox()) throw new Error(FIREFOX_HELP);
  const sample = loadSamplePage();
  const articleUrl = `http://${sample.host}${sample.path}`;
  let ready = false;
  server = await startFixtureServer({
    routes: {
      [`${sample.host}${sample.path}`]: { body: withReporter(sample.html, true, NON_NEWS_URL) },
      [`${new URL(NON_NEWS_URL).host}${new URL(NON_NEWS_URL).pathname}`]: { body: withReporter(sample.html, false, null) },
      [`${sample.host}/__launch`]: { body: LAUNCHER },
    },
    dynamic: (url) =>
      url.pathname === '/__go' ? (ready ? { body: articleUrl, contentType: 'text/plain' } : { body: '', status: 204 }) : null,
  });
  firefox = await launchFirefoxWithExtension({
    extensionDir: DIST_FIREFOX,
    proxyPort: server.port,
    startUrl: `http://${sample.host}/__launch`,
  });
  // cmd.run resolves once the extension is installed: only now open the article.
  ready = true;
  news = (await server.nextReport(REPORT_TIMEOUT_MS)) as Report;
  nonNews = (await server.nextReport(REPORT_TIMEOUT_MS)) as Report;
});

afterAll(async () => {
  await firefox?.exit().catch(() => undefined);
  await server?.close();
});

describe('a news article in Firefox', () => {
  test('the page ran its checks without error', () => {
    expect(news.error).toBeUndefined();
    expect(news.url).toContain('baothanhhoa.vn');
  });

  test('people, titles and money are highlighted with their types', () => {
    expect(news.marks.length).toBeGreaterThan(0);
    expect(news.marks).toContainEqual({ text: 'Nguyễn Hồng Phong', type: 'PERSON' });
    expect(news.marks).toContainEqual({ text: 'Phó Bí thư Thường trực Tỉnh ủy', type: 'TITLE' });
    expect(news.marks).toContainEqual({ text: MONEY_TEXT, type: 'MONEY' });
  });

  // The hover card lives in a closed shadow root, which a page script cannot read; Chromium's test checks
  // its content through the DevTools protocol. Here: the overlay that holds the legend and card is present.
  test('the legend/hover-card overlay is attached to the page', () => {
    expect(news.overlay).toBe(true);
  });

  test('the page text is unchanged apart from the marks', () => {
    expect(news.shown.length).toBeGreaterThan(1000);
    expect(news.shown).toBe(news.original);
  });
});

describe('a page on a non-news host in Firefox', () => {
  test('gets no marks and its text is unchanged', () => {
    expect(nonNews.error).toBeUndefined();
    expect(nonNews.url).toBe(NON_NEWS_URL);
    expect(nonNews.marks).toEqual([]);
    expect(nonNews.shown).toBe(nonNews.original);
  });
});
