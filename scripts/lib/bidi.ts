// The few WebDriver BiDi commands the Firefox test needs that puppeteer-core does not offer as API:
// navigating a tab to a moz-extension:// page, and reading text inside CLOSED shadow roots (the hover
// card). Both go over puppeteer's own BiDi connection (Firefox allows one BiDi session at a time).
// puppeteer-core is pinned (package.json), and the two internals used here are checked at run time so
// an upgrade that moves them fails with a clear message instead of a confusing timeout.
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** puppeteer's BiDi connection (BidiBrowser.connection, not in the public typings). */
function connectionOf(browser: Browser): BidiConnection {
  const conn = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!conn || typeof conn.send !== 'function') {
    throw new Error('puppeteer-core exposes no WebDriver BiDi connection: was it launched with protocol webDriverBiDi?');
  }
  return conn;
}

/** The BiDi browsing-context id of a page's top frame (BidiFrame._id, also not in the public typings). */
function contextIdOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string' || !id) throw new Error('Cannot find the BiDi browsing context of a puppeteer page.');
  return id;
}

/**
 * Loads `url` in `page` and waits for its load event. Firefox lets BiDi open privileged pages such as
 * moz-extension:// only when started with --remote-allow-system-access; puppeteer's page.goto does not
 * see such a navigation finish, so the command is sent directly with wait: "complete".
 */
export async function navigate(page: Page, url: string): Promise<void> {
  await connectionOf(page.browser()).send('browsingContext.navigate', { context: contextIdOf(page), url, wait: 'complete' });
}

/** A DOM node as BiDi serializes it (only the fields read here). */
interface SerializedNode {
  type: string;
  value?: {
    nodeType: number;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: SerializedNode[];
    shadowRoot?: SerializedNode | null;
  };
}

/**
 * Every text the page shows, including text inside closed shadow roots (the overlay), skipping subtrees
 * under an element with the `hidden` attribute. One string per text node, joined by newlines — the same
 * reading as the Chromium test's, which gets it from the DevTools protocol. BiDi serializes the whole
 * tree with includeShadowTree: "all" (closed roots too) when maxDomDepth is unlimited (null).
 */
export async function shownTexts(page: Page): Promise<string> {
  const reply = await connectionOf(page.browser()).send('script.evaluate', {
    expression: 'document.documentElement',
    target: { context: contextIdOf(page) },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
  });
  const result = (reply.result as { type: string; result?: SerializedNode }).result;
  if (!result || result.type !== 'node') throw new Error(`BiDi returned no document node (${JSON.stringify(reply.result).slice(0, 200)})`);
  const out: string[] = [];
  const walk = (n: SerializedNode | null | undefined) => {
    const v = n?.value;
    if (!v) return;
    if (v.nodeType === 1 && v.attributes && 'hidden' in v.attributes) return;
    if (v.nodeType === 3 && v.nodeValue) out.push(v.nodeValue);
    walk(v.shadowRoot);
    for (const c of v.children ?? []) walk(c);
  };
  walk(result);
  return out.join('\n');
}
