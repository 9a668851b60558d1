// @vitest-environment happy-dom
// "Luôn chạy trên HOST" in the popup, and the added sites in the Options tab, with the platform mocked.
//
// No browser (e2e) test covers this on purpose: the grant needs the browser's permission prompt, which a
// person answers and headless Chromium cannot (permissions.request there never gets a yes). The prompt's
// outcome is what the mocked platform.permissions.request stands for below; the background's part
// (registering, injecting, re-syncing) is tested in background-sites.test.ts.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../src/shared/messages';

const mocks = vi.hoisted(() => ({
  sendMessage: vi.fn(),
  tabsSendMessage: vi.fn(),
  queryActive: vi.fn(),
  getOptions: vi.fn(),
  setOptions: vi.fn(),
  request: vi.fn(),
}));

vi.mock('../../src/platform', () => ({
  platform: {
    sendMessage: mocks.sendMessage,
    tabs: { queryActive: mocks.queryActive, sendMessage: mocks.tabsSendMessage, open: vi.fn() },
    storage: { getOptions: mocks.getOptions, setOptions: mocks.setOptions },
    permissions: { request: mocks.request },
    runtimeUrl: (p: string) => `chrome-extension://test/${p}`,
  },
}));

import { App } from '../../popup/components/App';
import { mount, until } from './support/render';

const HOST = 'xahatrung.thanhhoa.gov.vn';
const COMMUNE_TAB = { id: 21, url: `https://${HOST}/tin-tuc/hop-dan.html`, title: 'Họp dân' };
const NOT_ARTICLE: PageState = { isArticle: false, lang: 'vi' };



/** A few rounds of pending work, to see that something did NOT appear. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

function buttonsByText(root: ParentNode, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text);
}

async function click(el: Element): Promise<void> {
  await act(() => {
    (el as HTMLElement).click();
  });
}

/** No content script in the tab until `started()` says one was injected; then it answers `state`. */
function pageWithoutScript(state: PageState | null) {
  let running = false;
  mocks.tabsSendMessage.mockImplementation(async (_tab: number, msg: { type: string }) => {
    if (msg.type !== 'getPageState') return undefined;
    if (!running) throw new Error('Could not establish connection. Receiving end does not exist.');
    return state;
  });
  return { started: () => void (running = true) };
}

/** The background: no site added yet; `handlers` answer the other requests (anything else is a bug). */
function background(handlers: Record<string, (msg: { type: string; host?: string }) => unknown>, added: string[] = []) {
  mocks.sendMessage.mockImplementation(async (msg: { type: string; host?: string }) => {
    if (handlers[msg.type]) return handlers[msg.type](msg);
    if (msg.type === 'listSites') return { sites: added };
    throw new Error('unexpected ' + msg.type);
  });
}

/** The requests sent to the background, other than reading the list of added sites. */
const changes = () => mocks.sendMessage.mock.calls.map((c) => c[0]).filter((m: { type: string }) => m.type !== 'listSites');

let container: HTMLElement;

beforeEach(() => {
  vi.clearAllMocks();
  mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [] });
  mocks.setOptions.mockImplementation(async (p: object) => p);
  background({});

});

afterEach(async () => {
  if (container?.isConnected) {
    await act(() => {
      render(null, container);
    });
    container.remove();
  }
});

describe('popup: "always run on this site"', () => {
  it('is offered next to "Phân tích trang này" on a web page outside the news list', async () => {
    mocks.queryActive.mockResolvedValue(COMMUNE_TAB);
    pageWithoutScript(null);
    container = await mount(<App pollMs={0} />);
    await until(() => buttonsByText(container, `Luôn chạy trên ${HOST}`).length === 1);
    expect(buttonsByText(container, 'Phân tích trang này')).toHaveLength(1);
  });

  it('is not offered on built-in news sites, browser pages, files, or a site already added', async () => {
    const cases: { url: string; added?: boolean }[] = [
      { url: 'https://baothanhhoa.vn/a.htm' },
      { url: 'https://m.baothanhhoa.vn/a.htm' },
      { url: 'chrome://newtab/' },
      { url: 'file:///home/reader/bai.html' },
      { url: `https://${HOST}/a.html`, added: true },
    ];
    for (const c of cases) {
      mocks.queryActive.mockResolvedValue({ id: 5, url: c.url });
      background({}, c.added ? ['a.gov.vn', HOST] : []);
      pageWithoutScript(null);
      container = await mount(<App pollMs={0} />);
      await until(() => buttonsByText(container, 'Phân tích trang này').length === 1);
      await settle();
      expect([...container.querySelectorAll('button')].some((b) => b.textContent!.startsWith('Luôn chạy trên')), c.url).toBe(false);
      await act(() => {
        render(null, container);
      });
      container.remove();
    }
  });

  it('on a grant, asks the background to register and inject for that host, then shows the page', async () => {
    mocks.queryActive.mockResolvedValue(COMMUNE_TAB);
    const page = pageWithoutScript(NOT_ARTICLE);
    mocks.request.mockResolvedValue(true);
    background({
      addSite: () => {
        page.started();
        return { ok: true, injected: true };
      },
    });
    container = await mount(<App pollMs={0} />);
    await until(() => buttonsByText(container, `Luôn chạy trên ${HOST}`).length === 1);

    // Asked synchronously inside the click, before any await (browsers grant it only with the gesture).
    await act(() => {
      buttonsByText(container, `Luôn chạy trên ${HOST}`)[0].click();
      expect(mocks.request).toHaveBeenCalledWith([`*://${HOST}/*`]);
    });
    await until(() => changes().length === 1);
    expect(changes()).toEqual([{ type: 'addSite', host: HOST, tabId: COMMUNE_TAB.id }]);
    // The script now runs in the tab: the popup waits for its verdict like after "Phân tích trang này".
    await until(() => container.textContent!.includes('không phải là một bài báo'));
    expect(mocks.sendMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'analyzeTab' }));
  });

  it('a refusal says so and registers nothing', async () => {
    mocks.queryActive.mockResolvedValue(COMMUNE_TAB);
    pageWithoutScript(null);
    mocks.request.mockResolvedValue(false);
    container = await mount(<App pollMs={0} />);
    await until(() => buttonsByText(container, `Luôn chạy trên ${HOST}`).length === 1);
    await click(buttonsByText(container, `Luôn chạy trên ${HOST}`)[0]);
    await until(() => container.textContent!.includes('Bạn chưa cho phép'));
    expect(changes()).toEqual([]);
    // The offer stays, and analysing once is still possible.
    expect(buttonsByText(container, `Luôn chạy trên ${HOST}`)).toHaveLength(1);
    expect(buttonsByText(container, 'Phân tích trang này')).toHaveLength(1);
  });

  it('shows an error from the browser or the background instead of throwing', async () => {
    mocks.queryActive.mockResolvedValue(COMMUNE_TAB);
    pageWithoutScript(null);
    mocks.request.mockImplementation(() => {
      throw new Error('permissions.request may only be called from a user input handler');
    });
    container = await mount(<App pollMs={0} />);
    await until(() => buttonsByText(container, `Luôn chạy trên ${HOST}`).length === 1);
    await click(buttonsByText(container, `Luôn chạy trên ${HOST}`)[0]);
    await until(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      'Không bật được: permissions.request may only be called from a user input handler',
    );

    mocks.request.mockResolvedValue(true);
    background({ addSite: () => ({ ok: false, injected: false, error: `Soi Tin chưa được phép chạy trên ${HOST}.` }) });
    await click(buttonsByText(container, `Luôn chạy trên ${HOST}`)[0]);
    await until(() => container.querySelector('[role="alert"]')?.textContent === `Không bật được: Soi Tin chưa được phép chạy trên ${HOST}.`);
  });

  it('when the tab refuses the script, says it runs after a reload', async () => {
    mocks.queryActive.mockResolvedValue(COMMUNE_TAB);
    pageWithoutScript(null);
    mocks.request.mockResolvedValue(true);
    background({ addSite: () => ({ ok: true, injected: false, error: 'Cannot access contents of the page' }) });
    container = await mount(<App pollMs={0} />);
    await until(() => buttonsByText(container, `Luôn chạy trên ${HOST}`).length === 1);
    await click(buttonsByText(container, `Luôn chạy trên ${HOST}`)[0]);
    await until(() => container.textContent!.includes(`Đã bật cho ${HOST}. Tải lại trang`));
    expect(buttonsByText(container, `Luôn chạy trên ${HOST}`)).toHaveLength(0);
  });

  it('is offered after an on-demand analysis too, and speaks English when chosen', async () => {
    mocks.queryActive.mockResolvedValue(COMMUNE_TAB);
    mocks.tabsSendMessage.mockResolvedValue(NOT_ARTICLE);
    container = await mount(<App pollMs={0} uiLanguage="en" />);
    await until(() => buttonsByText(container, `Always run on ${HOST}`).length === 1);
    expect(buttonsByText(container, 'Analyse anyway')).toHaveLength(1);
  });
});

describe('popup options: sites the reader added', () => {
  it('lists them and "Gỡ" removes one through the background', async () => {
    let sites = ['a.gov.vn', HOST];
    mocks.sendMessage.mockImplementation(async (msg: { type: string; host?: string }) => {
      if (msg.type === 'listSites') return { sites };
      if (msg.type === 'removeSite') {
        sites = sites.filter((s) => s !== msg.host);
        return { removed: true };
      }
      throw new Error('unexpected ' + msg.type);
    });
    container = await mount(<App initialTab="options" />);
    await until(() => container.querySelectorAll('.added-sites__item').length === 2);
    expect([...container.querySelectorAll('.added-sites__host')].map((e) => e.textContent)).toEqual(['a.gov.vn', HOST]);

    await click(container.querySelector(`button[aria-label="Gỡ ${HOST}"]`)!);
    expect(mocks.sendMessage).toHaveBeenCalledWith({ type: 'removeSite', host: HOST });
    await until(() => container.querySelectorAll('.added-sites__item').length === 1);
    expect(container.querySelector('.added-sites__host')!.textContent).toBe('a.gov.vn');
    expect(container.textContent).toContain(`Đã gỡ ${HOST}.`);
  });

  it('says when there are none, and shows a failed removal without dropping the site', async () => {
    mocks.sendMessage.mockResolvedValueOnce({ sites: [] });
    container = await mount(<App initialTab="options" />);
    await until(() => container.textContent!.includes('Chưa có trang nào.'));
    await act(() => {
      render(null, container);
    });
    container.remove();

    mocks.sendMessage.mockImplementation(async (msg: { type: string }) => {
      if (msg.type === 'listSites') return { sites: [HOST] };
      throw new Error('Nonexistent script ID');
    });
    container = await mount(<App initialTab="options" />);
    await until(() => buttonsByText(container, 'Gỡ').length === 1);
    await click(buttonsByText(container, 'Gỡ')[0]);
    await until(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Không gỡ được: Nonexistent script ID');
    expect(container.querySelectorAll('.added-sites__item')).toHaveLength(1);
  });
});
