// The extension in real Chromium, as a reader meets it: open a Báo Thanh Hóa article at its real address
// (served from a local https server; the host name is mapped to it), see the highlights and the hover card,
// open the popup and the library, export JSON, revisit. And a page on a non-news host stays untouched.
// Needs `npm run build` first (npm test does it) and a system Chromium (CHROME_PATH or /usr/bin/chromium).
// Not covered here: "Luôn chạy trên …" (sites the reader adds). Its grant is the browser's permission prompt,
// which headless Chromium cannot answer; tests/unit/popup-sites.test.tsx and background-sites.test.ts cover it.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_CHROME, OUT } from '../../scripts/lib/paths';
import { findChromium, CHROMIUM_HELP } from '../../scripts/lib/find-browser';
import {
  startSession,
  waitForMarks,
  openExtensionPage,
  tabIdOf,
  pageStateOf,
  type Session,
} from '../../scripts/lib/session';
import { visibleTextOf } from './page-text';
import { findMoney } from './exported';

const NON_NEWS_HOST = 'example.org';
const NON_NEWS_PATH = '/vi/bai-viet-mau.html';

let s: Session;
let article: Page;
let articleTabId: number;

interface MarkInfo {
  text: string;
  type: string | null;
}

async function marksOf(page: Page): Promise<MarkInfo[]> {
  return page.$$eval('soitin-mark', (els) => els.map((e) => ({ text: e.textContent ?? '', type: e.getAttribute('data-type') })));
}

/** The page text as served (parsed without running anything), for comparison with what the reader sees. */
async function originalTextOf(page: Page, html: string): Promise<string> {
  return page.evaluate(
    ([src, fn]) => {
      const visible = new Function(`return (${fn})`)() as (r: ParentNode) => string;
      const doc = new DOMParser().parseFromString(src, 'text/html');
      return visible(doc.body);
    },
    [html, visibleTextOf.toString()] as const,
  );
}

async function shownTextOf(page: Page): Promise<string> {
  return page.evaluate((fn) => (new Function(`return (${fn})`)() as (r: ParentNode) => string)(document.body), visibleTextOf.toString());
}

beforeAll(async () => {
  if (!existsSync(resolve(DIST_CHROME, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first.');
  if (!findChromium()) throw new Error(CHROMIUM_HELP);
  mkdirSync(OUT, { recursive: true });
  const sample = readFileSync(resolve('tests/fixtures/pages/baothanhhoa-2025-11-25/source.html'), 'utf8');
  s = await startSession({ extraRoutes: { [`${NON_NEWS_HOST}${NON_NEWS_PATH}`]: sample } });
  article = await s.context.newPage();
  await article.goto(s.articleUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await s?.close();
});

describe('a news article in Chromium', () => {
  test('people, titles and money are highlighted with their types', async () => {
    expect(await waitForMarks(article), 'no soitin-mark appeared on the article').toBe(true);
    await article.screenshot({ path: resolve(OUT, 'e2e-chromium-article.png') });
    const marks = await marksOf(article);
    expect(marks).toContainEqual({ text: 'Nguyễn Hồng Phong', type: 'PERSON' });
    expect(marks).toContainEqual({ text: 'Phó Bí thư Thường trực Tỉnh ủy', type: 'TITLE' });
    expect(marks).toContainEqual({ text: '243 tỷ 609 triệu đồng', type: 'MONEY' });
  });

  test('hovering the money figure shows its full value', async () => {
    const money = article.locator('soitin-mark[data-type="MONEY"]', { hasText: '243 tỷ 609 triệu đồng' }).first();
    await money.scrollIntoViewIfNeeded();
    expect(await shownTexts(article)).not.toContain('243.609.000.000');
    await money.hover();
    // The card lives in a closed shadow root (page scripts cannot read it); the DevTools protocol can.
    await expect.poll(() => shownTexts(article), { timeout: 10_000 }).toContain('243.609.000.000');
    await article.screenshot({ path: resolve(OUT, 'e2e-chromium-hover.png') });
    await article.mouse.move(0, 0);
  });

  test('the page text is unchanged apart from the marks', async () => {
    const shown = await shownTextOf(article);
    const original = await originalTextOf(article, s.sampleHtml);
    expect(shown.length).toBeGreaterThan(1000);
    expect(shown).toBe(original);
  });

  test('the popup shows the summary of this article', async () => {
    const probe = await openExtensionPage(s, 'popup/index.html');
    articleTabId = await tabIdOf(probe, s.articleUrl);
    const state = await pageStateOf(probe, articleTabId);
    await probe.close();
    expect(state?.isArticle).toBe(true);
    const summary = state?.analysis?.summary ?? [];
    expect(summary.length).toBeGreaterThan(0);

    const popup = await openExtensionPage(s, 'popup/index.html', articleTabId);
    await popup.setViewportSize({ width: 420, height: 720 });
    const best = summary.find((x) => x.rank === 1) ?? summary[0];
    // The sentence as the popup shows it (a long one may be cut with an ellipsis): its first 40 characters.
    await expect
      .poll(async () => (await popup.locator('body').innerText()).includes(best.text.slice(0, 40)), { timeout: 15_000 })
      .toBe(true);
    await popup.screenshot({ path: resolve(OUT, 'e2e-chromium-popup.png') });
    await popup.close();
  });

  test('the article is saved in the library, and the JSON export carries its figures', async () => {
    const lib = await openExtensionPage(s, 'popup/library.html');
    const title = await article.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
    expect(title.length).toBeGreaterThan(10);
    await expect
      .poll(() => lib.getByRole('listitem').filter({ hasText: title.slice(0, 30) }).count(), { timeout: 15_000 })
      .toBe(1);

    const [download] = await Promise.all([
      lib.waitForEvent('download'),
      lib.getByRole('button', { name: /Xuất tất cả/ }).first().click(),
    ]);
    const file = await download.path();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.schemaVersion).toBeTypeOf('number');
    expect(findMoney(data, 243_609_000_000)).toBe(true);
    await lib.close();
  });

  test('revisiting the article keeps a single library entry', async () => {
    const probe0 = await openExtensionPage(s, 'popup/index.html');
    const first = await pageStateOf(probe0, articleTabId);
    expect(first?.articleId).toBeTypeOf('number');
    // A reader note added through the background (as the selection toolbar does) is painted after reload.
    const phrase = 'Trung tâm Phục vụ hành chính công';
    const at = first!.article!.text.indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const added = await probe0.evaluate(
      (req) => (globalThis as any).chrome.runtime.sendMessage({ type: 'addUserAnnotation', ...req }),
      { articleId: first!.articleId!, start: at, end: at + phrase.length, exact: phrase, note: 'ghi chú e2e' },
    );
    expect(added).toMatchObject({ text: phrase, note: 'ghi chú e2e', orphan: false });
    await probe0.close();
    await article.reload({ waitUntil: 'load' });
    expect(await waitForMarks(article)).toBe(true);
    await expect
      .poll(() => article.evaluate(() => [...document.querySelectorAll('soitin-mark[data-type="USER"]')].map((m) => m.textContent).join('')), {
        timeout: 20_000,
      })
      .toBe(phrase);
    const probe = await openExtensionPage(s, 'popup/index.html');
    // Wait until the content script has saved again (it then knows the article's id).
    await expect.poll(async () => (await pageStateOf(probe, articleTabId))?.articleId, { timeout: 20_000 }).toBeTypeOf('number');
    const again = await pageStateOf(probe, articleTabId);
    expect(again?.articleId).toBe(first?.articleId);
    const list = await probe.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'listArticles' }));
    expect(Array.isArray(list)).toBe(true);
    const sameArticle = (list as { url: string; canonicalUrl?: string }[]).filter(
      (a) => a.url === s.articleUrl || a.canonicalUrl?.endsWith(new URL(s.articleUrl).pathname),
    );
    expect(sameArticle.length).toBe(1);
    await probe.close();
  });
});

describe('a page on a non-news host in Chromium', () => {
  test('gets no content script, no marks, and its text is unchanged', async () => {
    // Without host permission for this host the tabs API hides its URL: find the tab as the one that appears.
    const probe = await openExtensionPage(s, 'popup/index.html');
    const tabIds = () => probe.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as { id: number }[]).map((t) => t.id));
    const before = new Set(await tabIds());
    const page = await s.context.newPage();
    const url = `${s.origin(NON_NEWS_HOST)}${NON_NEWS_PATH}`;
    await page.goto(url, { waitUntil: 'load' });
    const added = (await tabIds()).filter((id) => !before.has(id));
    expect(added.length).toBe(1);
    // Content scripts run at document_idle, which comes no later than the load event: by now a matching
    // script would be answering, as it does on the news page above.
    const answered = await pageStateOf(probe, added[0]).then(() => true, () => false);
    expect(answered).toBe(false);
    expect(await page.locator('soitin-mark').count()).toBe(0);
    expect(await shownTextOf(page)).toBe(await originalTextOf(page, s.sampleHtml));
    await probe.close();
    await page.close();
  });
});

interface CdpNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * Every text the page shows, including text inside closed shadow roots (the overlay), skipping subtrees
 * under an element with the `hidden` attribute. One string per text node, joined by newlines.
 */
async function shownTexts(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out: string[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeType === 1 && (n.attributes ?? []).some((a, i) => i % 2 === 0 && a === 'hidden')) return;
      if (n.nodeType === 3 && n.nodeValue) out.push(n.nodeValue);
      for (const c of n.shadowRoots ?? []) walk(c);
      for (const c of n.children ?? []) walk(c);
      if (n.contentDocument) walk(n.contentDocument);
    };
    walk(root);
    return out.join('\n');
  } finally {
    await cdp.detach();
  }
}
