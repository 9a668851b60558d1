// The extension in real Firefox (headless firefox-esr driven over WebDriver BiDi by puppeteer-core), as a
// reader meets it: open a Báo Thanh Hóa article at its real address (http through a local proxy that is
// the test's own server), see the highlights and the hover card, open the popup and the library, export
// JSON with the library's button, revisit. And a page on a non-news host stays untouched.
// Needs `npm run build` first (npm test does it) and a system Firefox ≥ 142 (FIREFOX_PATH or /usr/bin/firefox-esr).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DIST_FIREFOX, OUT } from '../../scripts/lib/paths';
import { findFirefox, FIREFOX_HELP } from '../../scripts/lib/find-browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../../scripts/lib/firefox';
import { shownTexts } from '../../scripts/lib/bidi';
import { loadSamplePage } from '../../scripts/lib/sample-page';
import type { PageState } from '../../src/shared/messages';
import { visibleTextOf } from './page-text';

const MONEY_TEXT = '243 tỷ 609 triệu đồng';
const NON_NEWS_URL = 'http://example.org/vi/bai-viet-mau.html';
/** How long the content script may take to extract, analyze and paint a long article. */
const MARKS_TIMEOUT_MS = 30_000;
/** How long extension pages may take to show what they load from the page and the background. */
const UI_TIMEOUT_MS = 15_000;

let server: FixtureServer;
let firefox: LaunchedFirefox;
let downloadDir: string;
let sampleHtml: string;
let articleUrl: string;
let article: Page;
let articleTabId: number;

interface MarkInfo {
  text: string;
  type: string | null;
}

function marksOf(page: Page): Promise<MarkInfo[]> {
  return page.$$eval('soitin-mark', (els) => els.map((e) => ({ text: e.textContent ?? '', type: e.getAttribute('data-type') })));
}

/** The page text as the reader sees it (extension UI left out, text inside highlights kept). */
function shownTextOf(page: Page): Promise<string> {
  return page.evaluate(`(${visibleTextOf.toString()})(document.body)`) as Promise<string>;
}

/** The page text as served (parsed without running anything), for comparison with what the reader sees. */
function originalTextOf(page: Page, html: string): Promise<string> {
  return page.evaluate(
    `(${visibleTextOf.toString()})(new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html').body)`,
  ) as Promise<string>;
}

/** Polls `probe` until it returns a value accepted by `ok`; the last value is returned either way. */
async function pollFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = UI_TIMEOUT_MS, stepMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let v = await probe();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, stepMs));
    v = await probe();
  }
  return v;
}

/** The browser's tab id of the tab showing `url` (asked from an extension page, which may use the tabs API). */
async function tabIdOf(extPage: Page, url: string): Promise<number> {
  const id = await extPage.evaluate(async (u) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).browser.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Asks the content script of a tab for what it found (the same message the popup sends). */
function pageStateOf(extPage: Page, tabId: number): Promise<PageState | null> {
  return extPage.evaluate((id) => (globalThis as any).browser.tabs.sendMessage(id, { type: 'getPageState' }), tabId);
}

beforeAll(async () => {
  if (!existsSync(resolve(DIST_FIREFOX, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first.');
  if (!findFirefox()) throw new Error(FIREFOX_HELP);
  mkdirSync(OUT, { recursive: true });
  const sample = loadSamplePage();
  sampleHtml = sample.html;
  articleUrl = `http://${sample.host}${sample.path}`;
  const nonNews = new URL(NON_NEWS_URL);
  server = await startFixtureServer({
    routes: {
      [`${sample.host}${sample.path}`]: { body: sample.html },
      [`${nonNews.host}${nonNews.pathname}`]: { body: sample.html },
    },
  });
  downloadDir = mkdtempSync(join(tmpdir(), 'soitin-firefox-downloads-'));
  firefox = await launchFirefoxWithExtension({ extensionDir: DIST_FIREFOX, proxyPort: server.port, downloadDir });
  article = await firefox.browser.newPage();
  await article.setViewport({ width: 1280, height: 900 });
  await article.goto(articleUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (downloadDir) rmSync(downloadDir, { recursive: true, force: true });
});

describe('a news article in Firefox', () => {
  test('people, titles and money are highlighted with their types', async () => {
    const appeared = await article.waitForSelector('soitin-mark', { timeout: MARKS_TIMEOUT_MS }).then(
      () => true,
      () => false,
    );
    expect(appeared, 'no soitin-mark appeared on the article').toBe(true);
    await article.screenshot({ path: resolve(OUT, 'e2e-firefox-article.png') });
    const marks = await marksOf(article);
    expect(marks).toContainEqual({ text: 'Nguyễn Hồng Phong', type: 'PERSON' });
    expect(marks).toContainEqual({ text: 'Phó Bí thư Thường trực Tỉnh ủy', type: 'TITLE' });
    expect(marks).toContainEqual({ text: MONEY_TEXT, type: 'MONEY' });
  });

  test('hovering the money figure shows its full value', async () => {
    const candidates = await article.$$('soitin-mark[data-type="MONEY"]');
    let money: (typeof candidates)[number] | undefined;
    for (const c of candidates) if ((await c.evaluate((e) => e.textContent)) === MONEY_TEXT) money = money ?? c;
    expect(money, `no MONEY mark reads "${MONEY_TEXT}"`).toBeDefined();
    await money!.scrollIntoView();
    expect(await shownTexts(article)).not.toContain('243.609.000.000');
    await money!.hover();
    // The card lives in a closed shadow root (page scripts cannot read it); BiDi serializes closed roots.
    const shown = await pollFor(() => shownTexts(article), (t) => t.includes('243.609.000.000'), 10_000);
    expect(shown).toContain('243.609.000.000');
    await article.screenshot({ path: resolve(OUT, 'e2e-firefox-hover.png') });
    await article.mouse.move(0, 0);
  });

  test('the page text is unchanged apart from the marks', async () => {
    const shown = await shownTextOf(article);
    const original = await originalTextOf(article, sampleHtml);
    expect(shown.length).toBeGreaterThan(1000);
    expect(shown).toBe(original);
  });

  test('the popup shows the summary of this article', async () => {
    const probe = await firefox.openExtensionPage('popup/index.html');
    articleTabId = await tabIdOf(probe, articleUrl);
    const state = await pageStateOf(probe, articleTabId);
    await probe.close();
    expect(state?.isArticle).toBe(true);
    const summary = state?.analysis?.summary ?? [];
    expect(summary.length).toBeGreaterThan(0);

    const popup = await firefox.openExtensionPage('popup/index.html', articleTabId);
    await popup.setViewport({ width: 420, height: 720 });
    const best = summary.find((x) => x.rank === 1) ?? summary[0];
    // The sentence as the popup shows it (a long one may be cut with an ellipsis): its first 40 characters.
    const text = await pollFor(
      () => popup.evaluate(() => document.body.innerText),
      (t) => t.includes(best.text.slice(0, 40)),
    );
    expect(text).toContain(best.text.slice(0, 40));
    await popup.screenshot({ path: resolve(OUT, 'e2e-firefox-popup.png') });
    await popup.close();
  });

  test('the article is saved in the library, and the JSON export carries its figures', async () => {
    const lib = await firefox.openExtensionPage('popup/library.html');
    const title = await article.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
    expect(title.length).toBeGreaterThan(10);
    // IndexedDB (Dexie) in Firefox's background page: the saved article is listed.
    const entries = await pollFor(
      () => lib.$$eval('li', (els, t) => els.filter((e) => (e.textContent ?? '').includes(t)).length, title.slice(0, 30)),
      (n) => n === 1,
    );
    expect(entries).toBe(1);
    await lib.screenshot({ path: resolve(OUT, 'e2e-firefox-library.png') });

    const exportAll = await lib.waitForSelector('button::-p-text(Xuất tất cả)', { timeout: UI_TIMEOUT_MS });
    await exportAll!.click();
    // Firefox writes NAME.json.part, then renames it: wait for a complete, parsable .json file.
    const readExport = async (): Promise<unknown> => {
      const name = readdirSync(downloadDir).find((f) => f.endsWith('.json'));
      if (!name) return undefined;
      try {
        return JSON.parse(readFileSync(join(downloadDir, name), 'utf8'));
      } catch {
        return undefined;
      }
    };
    const data = (await pollFor(readExport, (d) => d !== undefined)) as { schemaVersion?: unknown } | undefined;
    expect(data, `no JSON export appeared in ${downloadDir}`).toBeDefined();
    expect(data!.schemaVersion).toBeTypeOf('number');
    expect(findMoney(data, 243_609_000_000)).toBe(true);
    await lib.close();
  });

  test('revisiting the article keeps a single library entry', async () => {
    const probe = await firefox.openExtensionPage('popup/index.html');
    const first = await pageStateOf(probe, articleTabId);
    expect(first?.articleId).toBeTypeOf('number');
    await article.reload({ waitUntil: 'load' });
    await article.waitForSelector('soitin-mark', { timeout: MARKS_TIMEOUT_MS });
    // Wait until the content script has saved again (it then knows the article's id).
    const again = await pollFor(
      () => pageStateOf(probe, articleTabId).catch(() => null),
      (s) => typeof s?.articleId === 'number',
      20_000,
    );
    expect(again?.articleId).toBe(first?.articleId);
    const list = await probe.evaluate(() => (globalThis as any).browser.runtime.sendMessage({ type: 'listArticles' }));
    expect(Array.isArray(list)).toBe(true);
    const sameArticle = (list as { url: string; canonicalUrl?: string }[]).filter(
      (a) => a.url === articleUrl || a.canonicalUrl?.endsWith(new URL(articleUrl).pathname),
    );
    expect(sameArticle.length).toBe(1);
    await probe.close();
  });
});

describe('a page on a non-news host in Firefox', () => {
  test('gets no content script, no marks, and its text is unchanged', async () => {
    // Without host permission for this host the tabs API hides its URL: find the tab as the one that appears.
    const probe = await firefox.openExtensionPage('popup/index.html');
    const tabIds = () =>
      probe.evaluate(async () => ((await (globalThis as any).browser.tabs.query({})) as { id: number }[]).map((t) => t.id));
    const before = new Set(await tabIds());
    const page = await firefox.browser.newPage();
    await page.goto(NON_NEWS_URL, { waitUntil: 'load' });
    expect(await page.evaluate(() => location.href)).toBe(NON_NEWS_URL);
    // Content scripts run at document_idle, which Firefox reaches at the latest just after the load event:
    // once the page has had an idle period, a matching script would be answering, as on the news page.
    await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 })));
    const added = (await tabIds()).filter((id) => !before.has(id));
    expect(added.length).toBe(1);
    const answered = await pageStateOf(probe, added[0]).then(
      () => true,
      () => false,
    );
    expect(answered).toBe(false);
    expect(await page.$$eval('soitin-mark', (els) => els.length)).toBe(0);
    expect(await shownTextOf(page)).toBe(await originalTextOf(page, sampleHtml));
    await probe.close();
    await page.close();
  });
});

/** True when some object in the export is a MONEY annotation with this value (any nesting, any field layout). */
function findMoney(data: unknown, value: number): boolean {
  if (Array.isArray(data)) return data.some((x) => findMoney(x, value));
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    if (o.type === 'MONEY' && Number(o.value) === value) return true;
    return Object.values(o).some((x) => findMoney(x, value));
  }
  return false;
}
