// The platform wrapper over webextension-polyfill: replies, errors and options.
export {}; // a module: top-level await below
const runtime = {
  sendMessage: vi.fn(),
  onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
  onInstalled: { addListener: vi.fn(), removeListener: vi.fn() },
  getURL: (p: string) => `chrome-extension://id/${p}`,
  lastError: undefined as { message: string } | undefined,
};
let stored: Record<string, unknown> = {};
const browser = {
  runtime,
  tabs: {
    query: vi.fn(async () => [{ id: 4, url: 'https://a.vn/x', title: 'X' }]),
    get: vi.fn(async (id: number) => ({ id, url: 'https://baothanhhoa.vn/a.htm', title: 'A' })),
    sendMessage: vi.fn(),
  },
  scripting: { executeScript: vi.fn(async () => []) },
  contextMenus: {
    removeAll: vi.fn(async () => {}),
    // Callback style, as the real API: runtime.lastError is set only while the callback runs.
    create: vi.fn((props: { id: string }, done: () => void) => {
      runtime.lastError = props.id === 'dup' ? { message: 'Cannot create item with duplicate id dup' } : undefined;
      done();
      runtime.lastError = undefined;
      return props.id;
    }),
    onClicked: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  commands: { onCommand: { addListener: vi.fn(), removeListener: vi.fn() } },
  action: { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) },
  storage: {
    local: {
      get: vi.fn(async (k: string) => (k in stored ? { [k]: stored[k] } : {})),
      set: vi.fn(async (o: Record<string, unknown>) => void Object.assign(stored, o)),
    },
  },
};
vi.mock('webextension-polyfill', () => ({ default: browser }));

const { platform } = await import('../../src/platform');

describe('platform wrapper', () => {
  beforeEach(() => {
    stored = {};
  });

  it('sendMessage resolves replies and rejects an {error} reply with that message', async () => {
    runtime.sendMessage.mockResolvedValueOnce({ deleted: true });
    await expect(platform.sendMessage({ type: 'deleteArticle', id: 1 })).resolves.toEqual({ deleted: true });
    runtime.sendMessage.mockResolvedValueOnce({ error: 'Bộ nhớ trình duyệt đã đầy' });
    await expect(platform.sendMessage({ type: 'listArticles' })).rejects.toThrow('Bộ nhớ trình duyệt đã đầy');
    // A reply that has an error field among others is data (analyzeTab's {ok:false, error}).
    runtime.sendMessage.mockResolvedValueOnce({ ok: false, error: 'trang hệ thống' });
    await expect(platform.sendMessage({ type: 'analyzeTab', tabId: 1 })).resolves.toEqual({ ok: false, error: 'trang hệ thống' });
  });

  it('options: defaults, clamping and merging', async () => {
    expect(await platform.storage.getOptions()).toEqual({ summaryLength: 3, visibleTypes: expect.arrayContaining(['PERSON', 'MONEY']) });
    expect((await platform.storage.setOptions({ summaryLength: 12 })).summaryLength).toBe(7);
    stored.options = { summaryLength: 0, visibleTypes: ['MONEY', 'BOGUS'] };
    expect(await platform.storage.getOptions()).toEqual({ summaryLength: 1, visibleTypes: ['MONEY'] });
    expect(await platform.storage.setOptions({ summaryLength: 4 })).toEqual({ summaryLength: 4, visibleTypes: ['MONEY'] });
  });

  it('injects the article content script and queries the active tab', async () => {
    await platform.scripting.injectContentScript(9);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 9 }, files: ['content-scripts/article.js'] });
    expect(await platform.tabs.queryActive()).toEqual({ id: 4, url: 'https://a.vn/x', title: 'X' });
    const off = platform.onMessage(() => undefined);
    expect(runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
    off();
    expect(runtime.onMessage.removeListener).toHaveBeenCalledWith(runtime.onMessage.addListener.mock.calls[0][0]);
  });

  it('a popup opened in its own tab with ?tab=ID is about that tab, not about itself', async () => {
    vi.stubGlobal('location', { search: '?tab=17' });
    try {
      expect(await platform.tabs.queryActive()).toEqual({ id: 17, url: 'https://baothanhhoa.vn/a.htm', title: 'A' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('context menus: create resolves or rejects with the browser\'s reason; listeners come off again', async () => {
    await platform.menus.removeAll();
    expect(browser.contextMenus.removeAll).toHaveBeenCalledTimes(1);
    await platform.menus.create({ id: 'a', title: 'A', contexts: ['selection'] });
    expect(browser.contextMenus.create).toHaveBeenCalledWith({ id: 'a', title: 'A', contexts: ['selection'] }, expect.any(Function));
    await expect(platform.menus.create({ id: 'dup', title: 'B', contexts: ['page'] })).rejects.toThrow('duplicate id');
    const click = vi.fn();
    const off = platform.menus.onClicked(click);
    browser.contextMenus.onClicked.addListener.mock.calls[0][0]({ menuItemId: 'a' }, { id: 3 });
    expect(click).toHaveBeenCalledWith({ menuItemId: 'a' }, { id: 3 });
    off();
    expect(browser.contextMenus.onClicked.removeListener).toHaveBeenCalledWith(browser.contextMenus.onClicked.addListener.mock.calls[0][0]);
  });

  it('commands and onInstalled pass their events through', () => {
    const cmd = vi.fn();
    platform.commands.onCommand(cmd);
    browser.commands.onCommand.addListener.mock.calls[0][0]('toggle-highlights', { id: 2 });
    expect(cmd).toHaveBeenCalledWith('toggle-highlights', { id: 2 });
    const installed = vi.fn();
    const off = platform.onInstalled(installed);
    runtime.onInstalled.addListener.mock.calls[0][0]({ reason: 'update' });
    expect(installed).toHaveBeenCalledTimes(1);
    off();
    expect(runtime.onInstalled.removeListener).toHaveBeenCalledTimes(1);
  });
});
