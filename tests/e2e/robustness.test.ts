// The content script never breaks a page: real-world pages (mozilla/readability's test pages, see
// tests/fixtures/robustness/README.md) and hostile pages written for this test are served under news hosts
// the shipped manifest matches, in real Chromium with the built extension (dist/chrome; run
// `npm run build` first). For every page:
//   * no page error the same page does not also throw without the extension, no warning or error logged by
//     the content script, no dialog, no request initiated by the extension to a host outside the test;
//   * the page's text (documentElement.textContent) equals the text of the same page loaded on a host the
//     extension does not run on;
//   * every <p>, <h1>–<h3>, <li>, <td> keeps its box (±0.5 px) when page JS unwraps all <soitin-mark>
//     elements and removes our overlay: the marks change colours, never layout;
//   * marks are inline and visible; Vietnamese pages get marks, other pages none.
// A first test proves each of these checks can fail, by misbehaving from the content script's own world.
// One browser for all pages; the whole file takes well under a minute.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, ConsoleMessage, Page } from 'playwright-core';
import { DIST_CHROME } from '../../scripts/lib/paths';
import { findChromium, CHROMIUM_HELP } from '../../scripts/lib/find-browser';
import { startSession, openExtensionPage, tabIdOf, pageStateOf, type Session } from '../../scripts/lib/session';
import { loadSamplePage } from '../../scripts/lib/sample-page';
import type { PageState } from '../../src/shared/messages';
import { hostileViMarkupHtml, hostileHtml, HOSTILE_BODY_BYTES } from '../fixtures/robustness/hostile-pages';

const FIXTURES = 'tests/fixtures/robustness';
/** Host the extension does not run on: the same page loaded there is the reference. */
const REFERENCE_HOST = 'example.org';
/** Box tolerance (CSS px): sub-pixel text runs may round differently when a text node is split. */
const LAYOUT_TOLERANCE_PX = 0.5;
/**
 * Quiet time to let the content script's re-run debounce fire after a page stops changing
 * (content-scripts/article-controller.ts RERUN_DEBOUNCE_MS is 1500 ms; this waits, it asserts nothing).
 */
const RERUN_SETTLE_MS = 2500;
/** How long a hostile page may take to reach its final state (a wait, not an assertion on time). */
const PAGE_STATE_TIMEOUT_MS = 30_000;

interface RobustPage {
  name: string;
  /** A news host of the shipped manifest. */
  host: string;
  html: () => string;
  vietnamese: boolean;
  /** The page opens dialogs by itself (the reference load must open the very same ones). */
  ownDialogs?: boolean;
  /** Waits in the page until its own scripts are done changing it. */
  settle?: (page: Page, withExtension: boolean) => Promise<void>;
  /** Why the page is in the set. */
  why: string;
}

const fixture = (name: string) => () => readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');

const settleChurn = async (page: Page, withExtension: boolean) => {
  await page.waitForFunction(() => (window as unknown as { __tickerDone?: boolean }).__tickerDone === true, undefined, {
    timeout: PAGE_STATE_TIMEOUT_MS,
  });
  if (withExtension) {
    // The page re-renders its article the first time our marks appear; then the content script notices
    // the lost marks and paints again after its debounce.
    await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true, undefined, {
      timeout: PAGE_STATE_TIMEOUT_MS,
    });
    await page.waitForTimeout(RERUN_SETTLE_MS);
  }
};

/** Scripts that add nodes when their (blocked) requests fail: wait until the network is quiet. */
const settleNetwork = async (page: Page) => {
  await page.waitForLoadState('networkidle');
};

const PAGES: RobustPage[] = [
  // The six pages the unit robustness test also uses.
  { name: 'bbc-1', host: 'vnexpress.net', html: fixture('bbc-1'), vietnamese: false, why: 'large English news page, share widgets' },
  { name: 'lemonde-1', host: 'tuoitre.vn', html: fixture('lemonde-1'), vietnamese: false, why: 'French, NBSP before punctuation' },
  { name: 'keep-tabular-data', host: 'thanhnien.vn', html: fixture('keep-tabular-data'), vietnamese: false, why: 'data tables' },
  { name: 'mozilla-2', host: 'dantri.com.vn', html: fixture('mozilla-2'), vietnamese: false, why: 'not an article' },
  { name: 'remove-script-tags', host: 'nhandan.vn', html: fixture('remove-script-tags'), vietnamese: false, ownDialogs: true, why: 'scripts inside the body' },
  { name: 'rtl-1', host: 'vietnamnet.vn', html: fixture('rtl-1'), vietnamese: false, why: 'right-to-left text' },
  // Added for this test (same source and licence).
  { name: 'wikipedia-2', host: 'baonghean.vn', html: fixture('wikipedia-2'), vietnamese: false, why: 'huge page (1 MB), many tables and lists' },
  { name: 'yahoo-2', host: 'vnexpress.net', html: fixture('yahoo-2'), vietnamese: false, why: 'largest page (1.6 MB), 62 scripts' },
  { name: 'yahoo-4', host: 'laodong.vn', html: fixture('yahoo-4'), vietnamese: false, why: 'Japanese, 108 scripts' },
  { name: 'qq', host: 'vtv.vn', html: fixture('qq'), vietnamese: false, why: 'Chinese' },
  { name: 'aktualne', host: 'vov.vn', html: fixture('aktualne'), vietnamese: false, settle: settleNetwork, why: 'Czech (Latin letters with diacritics), own custom elements' },
  { name: 'nytimes-5', host: 'tienphong.vn', html: fixture('nytimes-5'), vietnamese: false, why: 'Spanish, heavy inline scripts' },
  { name: 'mathjax', host: 'plo.vn', html: fixture('mathjax'), vietnamese: false, why: 'hundreds of custom elements (mjx-*), not an article' },
  { name: 'js-link-replacement', host: 'qdnd.vn', html: fixture('js-link-replacement'), vietnamese: false, why: 'javascript: links' },
  { name: 'table-style-attributes', host: 'sggp.org.vn', html: fixture('table-style-attributes'), vietnamese: false, why: 'layout tables with style attributes' },
  // Hostile pages written for this test.
  {
    name: 'hostile-vi-markup',
    host: 'baothanhhoa.vn',
    html: hostileViMarkupHtml,
    vietnamese: true,
    why: 'Vietnamese; markup-looking text, javascript: links, 3 MB body',
  },
  {
    name: 'hostile-churn',
    host: 'vnexpress.net',
    html: () => hostileHtml('hostile-churn'),
    vietnamese: true,
    settle: settleChurn,
    why: 'Vietnamese; `* { background: red !important; display: block }`, scripts replace nodes while we paint',
  },
  {
    name: 'hostile-custom-elements',
    host: 'tuoitre.vn',
    html: () => hostileHtml('hostile-custom-elements'),
    vietnamese: true,
    why: 'Vietnamese; own custom elements, shadow DOM <slot>, `.body * { font-size: .95em }`',
  },
  {
    name: 'hostile-mark-styles',
    host: 'thanhnien.vn',
    html: () => hostileHtml('hostile-mark-styles'),
    vietnamese: true,
    why: 'Vietnamese; :not(:defined), [data-type]/[data-span] rules, `* { line-height: 2em }` — page CSS aimed at our marks (mark-styles.ts pins them)',
  },
];

/**
 * Pages that reveal a bug in the content script's DOM layer are listed here, left out of the default run
 * until it is fixed (then moved into PAGES). `SOITIN_KNOWN_BUGS=1 npx vitest run --config
 * vitest.e2e.config.ts tests/e2e/robustness.test.ts` checks them too, exactly like the pages above.
 * None today: hostile-mark-styles (page CSS restyling <soitin-mark>) was fixed in src/dom/mark-styles.ts.
 */
const EXCLUDED_FOR_BUGS: RobustPage[] = [];
const CHECKED: RobustPage[] = process.env.SOITIN_KNOWN_BUGS ? [...PAGES, ...EXCLUDED_FOR_BUGS] : PAGES;

const pathOf = (p: RobustPage) => `/robustness/${p.name}.html`;

let s: Session;
/** An extension page used to find tabs and ask the content script for its state. */
let probe: Page;
const htmlOf = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(resolve(DIST_CHROME, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first.');
  if (!findChromium()) throw new Error(CHROMIUM_HELP);
  const extraRoutes: Record<string, string> = {};
  for (const p of CHECKED) {
    const html = p.html();
    htmlOf.set(p.name, html);
    extraRoutes[`${p.host}${pathOf(p)}`] = html;
    extraRoutes[`${REFERENCE_HOST}${pathOf(p)}`] = html;
  }
  // The session's own sample article (Báo Thanh Hóa, served at its canonical path) is the plain Vietnamese case.
  const sample = loadSamplePage();
  extraRoutes[`${REFERENCE_HOST}${sample.path}`] = sample.html;
  s = await startSession({ extraRoutes });
  probe = await openExtensionPage(s, 'popup/index.html');
});

afterAll(async () => {
  await s?.close();
});

// ───────────────────────────── what one load of a page shows ─────────────────────────────

interface Watch {
  pageErrors: string[];
  dialogs: string[];
  /** Warnings and errors logged from the extension's world. */
  extensionLogs: string[];
  /** Requests to hosts outside the test whose initiator is extension code. */
  extensionRequests: string[];
  cdp: CDPSession;
  /** The content script's isolated world (CDP execution context), once it exists. */
  extensionContextId?: number;
}

/** Hosts the fixture server answers for (requests elsewhere are aborted by the session). */
function isTestHost(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'chrome-extension:' || u.protocol === 'about:') return true;
  const host = u.hostname.replace(/^www\./, '');
  return host === REFERENCE_HOST || CHECKED.some((p) => p.host === host) || host === 'baothanhhoa.vn';
}

interface CdpInitiator {
  type: string;
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: CdpInitiator['stack'] };
}

function initiatorUrls(init: CdpInitiator | undefined): string[] {
  const out: string[] = [];
  if (init?.url) out.push(init.url);
  for (let st = init?.stack; st; st = st.parent) for (const f of st.callFrames) out.push(f.url);
  return out;
}

const isExtensionLog = (m: ConsoleMessage) =>
  (m.type() === 'warning' || m.type() === 'error') &&
  (m.text().startsWith('[Soi Tin]') || m.location().url.startsWith('chrome-extension://'));

async function watch(page: Page): Promise<Watch> {
  const cdp = await s.context.newCDPSession(page);
  const w: Watch = { pageErrors: [], dialogs: [], extensionLogs: [], extensionRequests: [], cdp };
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('console', (m) => {
    if (isExtensionLog(m)) w.extensionLogs.push(`${m.type()}: ${m.text()}`);
  });
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: CdpInitiator }) => {
    if (isTestHost(e.request.url)) return;
    if (initiatorUrls(e.initiator).some((u) => u.startsWith('chrome-extension://'))) w.extensionRequests.push(e.request.url);
  });
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
    if (e.context.auxData?.type === 'isolated' && e.context.origin === `chrome-extension://${s.extensionId}`) w.extensionContextId = e.context.id;
  });
  await cdp.send('Network.enable');
  await cdp.send('Runtime.enable');
  return w;
}

interface Snapshot {
  text: string;
  /** Tag names of all elements in document order, ours (soitin-*) left out. */
  skeleton: string;
  marks: number;
  /** Marks a reader could not see as highlighted text (not inline, hidden, transparent). */
  badMarks: string[];
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const tags: string[] = [];
    for (const el of document.querySelectorAll('*')) if (!el.localName.startsWith('soitin-')) tags.push(el.localName);
    const marks = [...document.querySelectorAll('soitin-mark')];
    const badMarks: string[] = [];
    for (const m of marks) {
      const cs = getComputedStyle(m);
      if (cs.display !== 'inline' || cs.visibility !== 'visible' || cs.opacity !== '1' || cs.position !== 'static' || cs.float !== 'none') {
        badMarks.push(`"${(m.textContent ?? '').slice(0, 40)}": display ${cs.display}, visibility ${cs.visibility}, opacity ${cs.opacity}, position ${cs.position}, float ${cs.float}`);
      }
    }
    return { text: document.documentElement.textContent ?? '', skeleton: tags.join(' '), marks: marks.length, badMarks };
  });
}

interface Shift {
  tag: string;
  text: string;
  before: number[];
  after: number[];
}

/**
 * Boxes of p, h1–h3, li, td with our marks, then after page JS replaced each mark by its children
 * (normalize() re-joins the text) and removed our overlay: the boxes that moved by more than the tolerance.
 */
async function layoutShifts(page: Page): Promise<{ compared: number; shifts: Shift[] }> {
  return page.evaluate((tolerance) => {
    const els = [...document.querySelectorAll('p, h1, h2, h3, li, td')];
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    };
    const before = els.map(box);
    for (const m of [...document.querySelectorAll('soitin-mark')]) m.replaceWith(...m.childNodes);
    document.querySelectorAll('soitin-overlay').forEach((o) => o.remove());
    document.body.normalize();
    const after = els.map(box);
    const shifts = [];
    for (let i = 0; i < els.length; i++) {
      if (before[i].some((v, k) => Math.abs(v - after[i][k]) > tolerance)) {
        shifts.push({ tag: els[i].localName, text: (els[i].textContent ?? '').trim().slice(0, 60), before: before[i], after: after[i] });
      }
    }
    return { compared: els.length, shifts };
  }, LAYOUT_TOLERANCE_PX);
}

/** Where two texts first differ, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 'identical';
  return `at ${i} of ${a.length}/${b.length}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

async function stateOf(url: string): Promise<PageState | null> {
  return pageStateOf(probe, await tabIdOf(probe, url));
}

interface Visit {
  url: string;
  page: Page;
  w: Watch;
  state: PageState | null;
}

/** Opens `path` on a news host, waits until the content script's run is over and the page has settled. */
async function visitWithExtension(host: string, path: string, settle?: RobustPage['settle']): Promise<Visit> {
  const page = await s.context.newPage();
  const w = await watch(page);
  const url = `${s.origin(host)}${path}`;
  await page.goto(url, { waitUntil: 'load' });
  await settle?.(page, true);
  // getPageState answers once the run in progress (extract → analyse → paint → save) is over.
  const state = await stateOf(url);
  return { url, page, w, state };
}

/** The same page on the reference host (no content script there). */
async function visitReference(path: string, settle?: RobustPage['settle']): Promise<{ page: Page; w: Watch; snap: Snapshot }> {
  const page = await s.context.newPage();
  const w = await watch(page);
  await page.goto(`${s.origin(REFERENCE_HOST)}${path}`, { waitUntil: 'load' });
  await settle?.(page, false);
  return { page, w, snap: await snapshot(page) };
}

/** Everything the suite asserts for one page. */
async function checkPage(p: Pick<RobustPage, 'host' | 'vietnamese' | 'settle' | 'ownDialogs'> & { path: string }): Promise<void> {
  // Both loads at once: they share nothing but the browser, and the suite stays well under a minute.
  const [v, ref] = await Promise.all([visitWithExtension(p.host, p.path, p.settle), visitReference(p.path, p.settle)]);
  try {
    if (p.vietnamese) {
      expect(v.state?.lang, 'the content script did not read the page as Vietnamese').toBe('vi');
      await expect.poll(async () => (await snapshot(v.page)).marks, { timeout: PAGE_STATE_TIMEOUT_MS }).toBeGreaterThan(0);
    }
    const snap = await snapshot(v.page);
    expect(v.state?.error, 'the content script reported an error').toBeUndefined();
    if (!p.vietnamese) {
      expect(v.state?.lang ?? 'other').not.toBe('vi');
      expect(snap.marks, 'marks on a page that is not Vietnamese').toBe(0);
    }
    expect(snap.badMarks, 'marks a reader cannot see as highlighted text').toEqual([]);
    expect(snap.text === ref.snap.text, `page text changed: ${firstDifference(snap.text, ref.snap.text)}`).toBe(true);
    expect(snap.skeleton === ref.snap.skeleton, `page elements changed: ${firstDifference(snap.skeleton, ref.snap.skeleton)}`).toBe(true);

    const layout = await layoutShifts(v.page);
    expect(layout.compared).toBeGreaterThan(0);
    expect(layout.shifts, 'boxes that move when the marks are removed').toEqual([]);

    // Errors the page throws by itself (its external scripts are blocked offline) are not ours.
    expect(v.w.pageErrors.filter((e) => !ref.w.pageErrors.includes(e)), 'page errors only with the extension').toEqual([]);
    expect(v.w.extensionLogs, 'warnings/errors logged by the content script').toEqual([]);
    if (p.ownDialogs) expect(v.w.dialogs, 'dialogs other than the page\'s own').toEqual(ref.w.dialogs);
    else expect([...v.w.dialogs, ...ref.w.dialogs], 'dialogs opened').toEqual([]);
    expect(v.w.extensionRequests, 'requests the extension sent outside the test hosts').toEqual([]);
  } finally {
    await v.page.close();
    await ref.page.close();
  }
}

// ─────────────────────────────────────── the tests ───────────────────────────────────────

describe('the checks can fail', () => {
  test('misbehaviour from the content script world is caught by every check', async () => {
    const path = pathOf(PAGES.find((p) => p.name === 'hostile-custom-elements')!);
    const v = await visitWithExtension('tuoitre.vn', path);
    const ref = await visitReference(path);
    try {
      expect(v.w.extensionContextId, 'the content script world was not seen').toBeTypeOf('number');
      // Act as a broken content script: log, fetch from elsewhere, add a mark with a box, change a character.
      const probeUrl = 'https://probe.invalid/leak';
      const expression = `
        console.warn('[Soi Tin] probe: a content-script warning');
        fetch(${JSON.stringify(probeUrl)}).catch(() => undefined);
        const p = document.querySelector('p');
        const m = document.createElement('soitin-mark');
        m.setAttribute('style', 'display:inline-block!important;padding:20px!important');
        m.append(p.firstChild);
        p.prepend(m);
        p.append('!');
        //# sourceURL=chrome-extension://${s.extensionId}/probe.js`;
      await v.w.cdp.send('Runtime.evaluate', { expression, contextId: v.w.extensionContextId });
      await expect.poll(() => v.w.extensionRequests.length).toBeGreaterThan(0);
      expect(v.w.extensionRequests).toContain(probeUrl);
      await expect.poll(() => v.w.extensionLogs.length).toBeGreaterThan(0);
      expect((await snapshot(v.page)).badMarks.length).toBeGreaterThan(0);
      expect((await snapshot(v.page)).text).not.toBe(ref.snap.text);
      expect((await layoutShifts(v.page)).shifts.length).toBeGreaterThan(0);
      // A page error and a dialog raised with the extension present are seen too.
      await v.page.evaluate(() => setTimeout(() => alert('probe'), 0));
      await v.page.evaluate(() => setTimeout(() => {
        throw new Error('probe error');
      }, 0));
      await expect.poll(() => v.w.dialogs.length + v.w.pageErrors.length).toBe(2);
    } finally {
      await v.page.close();
      await ref.page.close();
    }
  });
});

describe('pages stay intact with the extension', () => {
  test('the hostile Vietnamese page really carries a 3 MB body', () => {
    expect(Buffer.byteLength(htmlOf.get('hostile-vi-markup')!)).toBeGreaterThanOrEqual(HOSTILE_BODY_BYTES);
  });

  test('sample Báo Thanh Hóa article (Vietnamese)', async () => {
    const path = new URL(s.articleUrl).pathname;
    const host = new URL(s.articleUrl).hostname;
    await checkPage({ host, path, vietnamese: true });
  });

  for (const p of CHECKED) {
    test(`${p.name} on ${p.host} (${p.why})`, async () => {
      await checkPage({ ...p, path: pathOf(p) });
    });
  }
});

describe('the extension itself', () => {
  test('its service worker fetched nothing from the network', async () => {
    const worker = s.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`));
    expect(worker).toBeDefined();
    const fetched = await worker!.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  });
});
