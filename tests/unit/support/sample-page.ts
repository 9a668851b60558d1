// The sample Báo Thanh Hóa page and a stand-in for the core, shared by the DOM-level tests
// (content script, reader notes, context menus). Plain helpers: no test runs here.
import { readFileSync } from 'node:fs';
import type { Analysis, Span } from '../../../src/core/types';
import type { BackgroundRequest } from '../../../src/shared/messages';

export const PAGE = 'tests/fixtures/pages/baothanhhoa-2025-11-25';
export const html = readFileSync(`${PAGE}/source.html`, 'utf8');
export const expected = JSON.parse(readFileSync(`${PAGE}/expected.json`, 'utf8')) as { url: string; [k: string]: unknown };
/** The seed article without its title line: what extraction of the sample page must give. */
export const seedBody = readFileSync('tests/fixtures/seed/article.txt', 'utf8').trim().split('\n\n').slice(1).join('\n\n');

/** Replaces the test document with `source` (parsed, then imported, so scripts never run). */
export function load(source: string): void {
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  const root = document.importNode(parsed.documentElement, true);
  document.removeChild(document.documentElement);
  document.appendChild(root);
}

/** Stands in for the core: finds two known strings, as the recognizers would. */
export function fakeAnalysis(text: string, lang: 'vi' | 'other' = 'vi'): Analysis {
  const entities: Span[] = [];
  for (const [needle, type] of [['Nguyễn Hồng Phong', 'PERSON'], ['243 tỷ 609 triệu đồng', 'MONEY']] as const) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) entities.push({ start: at, end: at + needle.length, type, text: needle });
  }
  return {
    lang,
    provincial: { score: 0.9, isProvincial: true, province: 'Thanh Hóa', signals: [] },
    entities: lang === 'vi' ? entities : [],
    summary: [],
  };
}

type Listener = (m: unknown, s: object) => Promise<unknown> | undefined;

/** What a test sees of the wiring below: messages sent to the background, and the page's listener. */
export interface BackgroundLink {
  sent: BackgroundRequest[];
  route: Listener | null;
  toPage: Listener | null;
}

/**
 * The platform module for vi.mock: messages go to the REAL background handlers (see wireBackground),
 * and the content script's listener is kept in `link.toPage` so a test can act as the popup.
 */
export function platformOver(link: BackgroundLink, options: () => Promise<object>) {
  return {
    platform: {
      async sendMessage(msg: BackgroundRequest) {
        link.sent.push(msg);
        const reply = (await link.route!(msg, {})) as { error?: string } | undefined;
        if (reply && typeof reply === 'object' && 'error' in reply && typeof reply.error === 'string') throw new Error(reply.error);
        return reply;
      },
      onMessage: (h: Listener) => {
        link.toPage = h;
        return () => {};
      },
      storage: { getOptions: options },
    },
  };
}

/** Routes `link`'s messages to the real background handlers over a fresh fake-indexeddb database. */
export async function wireBackground(link: BackgroundLink, dbName: string): Promise<void> {
  const { createHandlers } = await import('../../../src/background/handlers');
  const { createRouter } = await import('../../../src/background/router');
  const { openDb } = await import('../../../src/store');
  const platform = {
    storage: { getOptions: async () => ({ summaryLength: 3, visibleTypes: [] }), setOptions: async () => ({}) },
    action: { setBadge: async () => {} },
    scripting: { injectContentScript: async () => {} },
  } as never;
  link.route = createRouter(createHandlers({ db: openDb(`${dbName}-${Math.random()}`), platform, analyze: (t) => fakeAnalysis(t) }));
}

/** The text node of the page that contains `needle`, and the offset of it inside that node. */
export function textPoint(needle: string): [Text, number] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at >= 0) return [n as Text, at];
  }
  throw new Error(`page lacks "${needle}"`);
}

/** A Range over the first occurrence of `needle` within one text node of the page. */
export function rangeOver(needle: string): Range {
  const [node, at] = textPoint(needle);
  const r = document.createRange();
  r.setStart(node, at);
  r.setEnd(node, at + needle.length);
  return r;
}

/**
 * Loads `source` and starts the article content script on it with the (mocked) platform, as the browser
 * would; resolves once its first run is done.
 */
export async function startOn(source: string) {
  load(source);
  const { platform } = await import('../../../src/platform');
  const { startArticleScript } = await import('../../../content-scripts/article-controller');
  const c = startArticleScript({ doc: document, url: () => expected.url, platform });
  await c.ready();
  return c;
}
