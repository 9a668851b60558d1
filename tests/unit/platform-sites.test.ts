// The platform wrapper's permission and registered-script methods (webextension-polyfill mocked): they
// pass Soi Tin's shapes to the browser unchanged and hand back what the browser answers.
export {}; // a module: top-level await below
const ev = () => ({ addListener: vi.fn(), removeListener: vi.fn() });
const browser = {
  runtime: {
    onStartup: ev(),
    getManifest: vi.fn(() => ({ host_permissions: ['*://*.baothanhhoa.vn/*', '*://baothanhhoa.vn/*'] })),
  },
  permissions: {
    request: vi.fn(async () => true),
    contains: vi.fn(async () => false),
    remove: vi.fn(async () => true),
    getAll: vi.fn(async () => ({ permissions: ['storage'], origins: ['*://baothanhhoa.vn/*', '*://a.vn/*'] })),
    onAdded: ev(),
    onRemoved: ev(),
  },
  scripting: {
    registerContentScripts: vi.fn(async () => {}),
    unregisterContentScripts: vi.fn(async () => {}),
    getRegisteredContentScripts: vi.fn(async () => [{ id: 'soitin-site-a.vn', matches: ['*://a.vn/*'], js: ['content-scripts/article.js'] }]),
  },
};
vi.mock('webextension-polyfill', () => ({ default: browser }));

const { platform } = await import('../../src/platform');

describe('platform: added-site permissions and scripts', () => {
  it('asks for, checks and gives back host permissions by origin', async () => {
    // The request reaches the browser synchronously: the popup's click handler keeps its user gesture.
    const asked = platform.permissions.request(['*://a.vn/*']);
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['*://a.vn/*'] });
    expect(await asked).toBe(true);
    expect(await platform.permissions.contains(['*://a.vn/*'])).toBe(false);
    expect(browser.permissions.contains).toHaveBeenCalledWith({ origins: ['*://a.vn/*'] });
    expect(await platform.permissions.remove(['*://a.vn/*'])).toBe(true);
    expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: ['*://a.vn/*'] });
    expect(await platform.permissions.grantedOrigins()).toEqual(['*://baothanhhoa.vn/*', '*://a.vn/*']);
    expect(platform.permissions.requiredOrigins()).toEqual(['*://*.baothanhhoa.vn/*', '*://baothanhhoa.vn/*']);
  });

  it('passes permission changes and browser start to the handlers', () => {
    const added = vi.fn();
    const removed = vi.fn();
    const started = vi.fn();
    platform.permissions.onAdded(added);
    const off = platform.permissions.onRemoved(removed);
    platform.onStartup(started);
    browser.permissions.onAdded.addListener.mock.calls[0][0]({ origins: ['*://a.vn/*'] });
    browser.permissions.onRemoved.addListener.mock.calls[0][0]({ permissions: ['storage'] });
    browser.runtime.onStartup.addListener.mock.calls[0][0]();
    expect(added).toHaveBeenCalledWith(['*://a.vn/*']);
    expect(removed).toHaveBeenCalledWith([]);
    expect(started).toHaveBeenCalledTimes(1);
    off();
    expect(browser.permissions.onRemoved.removeListener).toHaveBeenCalledWith(browser.permissions.onRemoved.addListener.mock.calls[0][0]);
  });

  it('registers, lists and unregisters content scripts', async () => {
    const script = {
      id: 'soitin-site-a.vn',
      matches: ['*://a.vn/*'],
      js: ['content-scripts/article.js'],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    await platform.dynamicScripts.register([script]);
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledWith([script]);
    expect(await platform.dynamicScripts.list()).toEqual([{ id: 'soitin-site-a.vn', matches: ['*://a.vn/*'] }]);
    await platform.dynamicScripts.unregister(['soitin-site-a.vn']);
    expect(browser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['soitin-site-a.vn'] });
  });
});
