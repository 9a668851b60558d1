// The extension in real Firefox (headless firefox-esr driven over WebDriver BiDi by puppeteer-core), as a
// reader meets it: open a Báo Thanh Hóa article at its real address (http through a local proxy that is
// the test's own server), see the highlights and the hover card, open the popup and the library, export
// JSON with the library's button, revisit, add a note of their own and delete it from the popup. And a
// page on a non-news host stays untouched.
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
import { findMoney } from './exported';

const MONEY_TEXT = '243 tỷ 609 triệu đồng';
/** A passage of the sample article the reader annotates, and the note written on it. */
const NOTE_PHRASE = 'Trung tâm Phục vụ hành chính công';
const NOTE_TEXT = 'ghi chú e2e firefox';
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

/** The text under the reader's own highlights on the page ('' when none is painted). */
function userMarkTextOf(page: Page): Promise<string> {
  return page.$$eval('soitin-mark[data-type="USER"]', (els) => els.map((e) => e.textContent ?? '').join(''));
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
  test('a note added through the extension is painted after reload, and deleting it in the popup unpaints it', async () => {
    const probe = await firefox.openExtensionPage('popup/index.html');
    const state = await pageStateOf(probe, articleTabId);
    expect(state?.articleId).toBeTypeOf('number');
    const at = state!.article!.text.indexOf(NOTE_PHRASE);
    expect(at, `"${NOTE_PHRASE}" is not in the extracted article`).toBeGreaterThanOrEqual(0);
    // As the selection toolbar does: the background stores the note against the saved article's text.
    const added = (await probe.evaluate(
      (req) => (globalThis as any).browser.runtime.sendMessage({ type: 'addUserAnnotation', ...req }),
      { articleId: state!.articleId!, start: at, end: at + NOTE_PHRASE.length, exact: NOTE_PHRASE, note: NOTE_TEXT },
    )) as { id: number; text: string; note?: string; orphan: boolean };
    expect(added).toMatchObject({ text: NOTE_PHRASE, note: NOTE_TEXT, orphan: false });
    await probe.close();

    // Nothing paints a note the page did not ask for: it shows up only once the page is loaded again.
    expect(await userMarkTextOf(article)).toBe('');
    await article.reload({ waitUntil: 'load' });
    await article.waitForSelector('soitin-mark', { timeout: MARKS_TIMEOUT_MS });
    const painted = await pollFor(() => userMarkTextOf(article), (t) => t === NOTE_PHRASE, 20_000);
    expect(painted).toBe(NOTE_PHRASE);
    const othersBefore = await article.$$eval('soitin-mark:not([data-type="USER"])', (els) => els.length);
    expect(othersBefore).toBeGreaterThan(0);

    // The hover card (closed shadow root, read over BiDi) shows the reader's note.
    const userMark = await article.$('soitin-mark[data-type="USER"]');
    await userMark!.scrollIntoView();
    expect(await shownTexts(article)).not.toContain(NOTE_TEXT);
    await userMark!.hover();
    const shown = await pollFor(() => shownTexts(article), (t) => t.includes(NOTE_TEXT), 10_000);
    expect(shown).toContain(NOTE_TEXT);
    await article.screenshot({ path: resolve(OUT, 'e2e-firefox-user-note.png') });
    await article.mouse.move(0, 0);

    // A flag in the page's own window: it survives only if the page is NOT reloaded while deleting.
    await article.evaluate(() => ((globalThis as any).__soitinNoReload = true));
    const popup = await firefox.openExtensionPage('popup/index.html', articleTabId);
    await popup.setViewport({ width: 420, height: 720 });
    const list = await popup.waitForSelector('ul[aria-label="Ghi chú của bạn"]', { timeout: UI_TIMEOUT_MS });
    expect(await list!.evaluate((e) => e.textContent ?? '')).toContain(NOTE_TEXT);
    const del = await popup.waitForSelector(`button[aria-label="Xóa ghi chú “${NOTE_PHRASE}”"]`, { timeout: UI_TIMEOUT_MS });
    await del!.click();
    // One click only asks: the note is still there, on the page and in the list.
    const confirmDel = await popup.waitForSelector('[role="group"][aria-label="Xác nhận xóa ghi chú"] button::-p-text(Xóa)', {
      timeout: UI_TIMEOUT_MS,
    });
    expect(await userMarkTextOf(article)).toBe(NOTE_PHRASE);
    await popup.screenshot({ path: resolve(OUT, 'e2e-firefox-popup-note-confirm.png') });
    await confirmDel!.click();

    const left = await pollFor(() => userMarkTextOf(article), (t) => t === '');
    expect(left, 'the USER mark stayed on the page after deleting the note in the popup').toBe('');
    expect(await article.evaluate(() => (globalThis as any).__soitinNoReload)).toBe(true);
    // Only the reader's mark went: the automatic highlights are all still painted.
    expect(await article.$$eval('soitin-mark:not([data-type="USER"])', (els) => els.length)).toBe(othersBefore);
    const listed = await pollFor(
      () => popup.evaluate(() => document.querySelector('ul[aria-label="Ghi chú của bạn"]')?.textContent ?? ''),
      (t) => !t.includes(NOTE_TEXT),
    );
    expect(listed).not.toContain(NOTE_TEXT);
    await popup.close();

    // Gone from the store too: loaded again, once the page has saved (and got its notes back), none is painted.
    const probe2 = await firefox.openExtensionPage('popup/index.html');
    await article.reload({ waitUntil: 'load' });
    await article.waitForSelector('soitin-mark', { timeout: MARKS_TIMEOUT_MS });
    const after = await pollFor(
      () => pageStateOf(probe2, articleTabId).catch(() => null),
      (st) => typeof st?.articleId === 'number',
      20_000,
    );
    expect(after?.articleId).toBe(state!.articleId);
    expect((after?.userAnnotations ?? []).map((u) => u.id)).not.toContain(added.id);
    expect(await userMarkTextOf(article)).toBe('');
    await probe2.close();
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
