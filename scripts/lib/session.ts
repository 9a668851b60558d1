// One browser session as a reader would have it: the saved news page served under its real address,
// Chromium with the built extension, and helpers to look at the page and at the extension's pages.
// Shared by `npm start` (the demo) and tests/e2e/chromium.test.ts.
import type { BrowserContext, Page } from 'playwright-core';
import { makeSelfSignedCert } from './cert';
import { launchChromiumWithExtension, type LaunchedChromium } from './chromium';
import { startFixtureServer, type FixtureServer, type Route } from './fixture-server';
import { loadSamplePage } from './sample-page';
import { DIST_CHROME } from './paths';
import type { PageState } from '../../src/shared/messages';

export interface SessionOptions {
  headed?: boolean;
  /** Extra pages: "host/path" → HTML. Their hosts are mapped to the local server too. */
  extraRoutes?: Record<string, string>;
  extensionDir?: string;
}

export interface Session {
  server: FixtureServer;
  browser: LaunchedChromium;
  context: BrowserContext;
  extensionId: string;
  /** https://baothanhhoa.vn/<the page's canonical path> (or http:// when openssl is missing). */
  articleUrl: string;
  sampleHtml: string;
  origin: (host: string) => string;
  close(): Promise<void>;
}

export async function startSession(opts: SessionOptions = {}): Promise<Session> {
  const sample = loadSamplePage();
  const routes: Record<string, Route> = { [`${sample.host}${sample.path}`]: { body: sample.html } };
  for (const [key, html] of Object.entries(opts.extraRoutes ?? {})) routes[key] = { body: html };
  const hosts = [...new Set(Object.keys(routes).map((k) => k.slice(0, k.indexOf('/'))))];
  const mapped = hosts.flatMap((h) => [h, `www.${h}`]);
  const cert = makeSelfSignedCert(mapped);
  const server = await startFixtureServer({ routes, cert });
  let browser: LaunchedChromium;
  try {
    browser = await launchChromiumWithExtension({
      extensionDir: opts.extensionDir ?? DIST_CHROME,
      mapHosts: mapped,
      port: server.port,
      headed: opts.headed,
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  const origin = (host: string) => `${server.protocol}://${host}`;
  // Keep runs offline and deterministic: pages may talk only to the mapped hosts; every other request
  // (ads, analytics, CDN images of the saved page) is aborted before it leaves the machine.
  await browser.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (mapped.includes(url.hostname)) return route.continue();
    return route.abort();
  });
  return {
    server,
    browser,
    context: browser.context,
    extensionId: browser.extensionId,
    articleUrl: `${origin(sample.host)}${sample.path}`,
    sampleHtml: sample.html,
    origin,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** How long the content script may take to extract, analyze and paint a long article. */
export const MARKS_TIMEOUT_MS = 30_000;

/** Waits until the extension has painted at least one highlight; false when none appeared in time. */
export async function waitForMarks(page: Page, timeoutMs = MARKS_TIMEOUT_MS): Promise<boolean> {
  try {
    await page.waitForSelector('soitin-mark', { state: 'attached', timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an extension page (popup/index.html, popup/library.html …) in a tab. `?tab=ID` tells the popup
 * which tab it is about (src/platform's queryActive reads it), since opened as a tab it is the active one.
 */
export async function openExtensionPage(s: Session, path: string, aboutTabId?: number): Promise<Page> {
  const page = await s.context.newPage();
  const q = aboutTabId !== undefined ? `?tab=${aboutTabId}` : '';
  await page.goto(`chrome-extension://${s.extensionId}/${path}${q}`);
  return page;
}

/** The browser's tab id of the tab showing `url` (asked from an extension page, which may use the tabs API). */
export async function tabIdOf(extPage: Page, url: string): Promise<number> {
  const id = await extPage.evaluate(async (u) => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    const t = tabs.find((x: { url?: string }) => x.url === u);
    return t ? (t.id as number) : -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Asks the content script of a tab for what it found (the same message the popup sends). */
export async function pageStateOf(extPage: Page, tabId: number): Promise<PageState | null> {
  return extPage.evaluate(
    (id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'getPageState' }) as Promise<PageState | null>,
    tabId,
  );
}
