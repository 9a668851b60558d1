import 'fake-indexeddb/auto'; // before Dexie loads: the entry point opens the library database
// Sites the reader added ("Luôn chạy trên …"): the background registers a persistent content script per
// granted host, injects it into the tab at once, removes script and permission on "Gỡ", and re-syncs the
// scripts with the granted permissions (a permission withdrawn in the browser's settings drops the script).
// The browser is a fake platform that keeps registered scripts and granted origins like the real one
// (including its refusal of a duplicate script id).
import { createHandlers } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import { ARTICLE_SCRIPT, createSiteAccess } from '../../src/background/sites';
import type { DynamicScript, MessageSender } from '../../src/platform';
import { DEFAULT_OPTIONS } from '../../src/platform/options';
import { addableSite, hostOfPattern, isBuiltInSite } from '../../src/shared/site-access';
import { freshDb, seedAnalysis } from './store-helpers';

/** The news-site patterns the manifest requires (two per domain, as scripts/lib/manifest.ts writes them). */
const REQUIRED = ['*://*.baothanhhoa.vn/*', '*://baothanhhoa.vn/*'];

function fakeBrowser(opts: { granted?: string[]; scripts?: DynamicScript[] } = {}) {
  const granted = new Set<string>([...REQUIRED, ...(opts.granted ?? [])]);
  const scripts = new Map<string, DynamicScript>((opts.scripts ?? []).map((s) => [s.id, s]));
  const injected: number[] = [];
  const removedOrigins: string[][] = [];
  /** Whether a granted pattern covers `*://host/*` (exact, the all-sites pattern, or a `*.domain` one). */
  const covers = (pattern: string) => {
    const host = hostOfPattern(pattern);
    return [...granted].some((g) => {
      if (g === pattern || g === '*://*/*' || g === '<all_urls>') return true;
      const m = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(g);
      return !!m && !!host && (host === m[1] || host.endsWith('.' + m[1]));
    });
  };
  const platform = {
    permissions: {
      request: vi.fn(async () => true),
      contains: vi.fn(async (origins: string[]) => origins.every(covers)),
      remove: vi.fn(async (origins: string[]) => {
        removedOrigins.push(origins);
        const had = origins.some((o) => granted.has(o));
        origins.forEach((o) => granted.delete(o));
        return had;
      }),
      grantedOrigins: vi.fn(async () => [...granted]),
      requiredOrigins: () => [...REQUIRED],
      onAdded: () => () => {},
      onRemoved: () => () => {},
    },
    dynamicScripts: {
      register: vi.fn(async (list: DynamicScript[]) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, structuredClone(s));
        }
      }),
      unregister: vi.fn(async (ids: string[]) => {
        for (const id of ids) {
          if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
          scripts.delete(id);
        }
      }),
      list: vi.fn(async () => [...scripts.values()].map((s) => ({ id: s.id, matches: [...s.matches] }))),
    },
    scripting: {
      injectContentScript: vi.fn(async (tabId: number) => {
        if (tabId === 666) throw new Error('Cannot access contents of the page');
        injected.push(tabId);
      }),
    },
  };
  const log = vi.fn();
  const sites = createSiteAccess({ platform, log });
  const route = createRouter(
    createHandlers({
      db: freshDb(),
      platform: {
        storage: { getOptions: async () => DEFAULT_OPTIONS, setOptions: async () => DEFAULT_OPTIONS },
        action: { setBadge: async () => {} },
        scripting: platform.scripting as never,
      },
      analyze: () => seedAnalysis(),
      sites,
    }),
  );
  const send = (msg: unknown, sender: MessageSender = {}) => route(msg, sender);
  return { platform, sites, send, scripts, granted, injected, removedOrigins, log };
}

const COMMUNE = 'xahatrung.thanhhoa.gov.vn';
const commune: DynamicScript = {
  id: `soitin-site-${COMMUNE}`,
  matches: [`*://${COMMUNE}/*`],
  js: [ARTICLE_SCRIPT],
  runAt: 'document_idle',
  persistAcrossSessions: true,
};

describe('which pages can be added', () => {
  it('only ordinary web pages outside the built-in news list', () => {
    expect(addableSite(`https://${COMMUNE}/tin-tuc/1.html`)).toEqual({ host: COMMUNE, pattern: `*://${COMMUNE}/*` });
    expect(addableSite('http://Tin-Tuc.Example.VN:8080/a')).toEqual({ host: 'tin-tuc.example.vn', pattern: '*://tin-tuc.example.vn/*' });
    // The manifest covers a news domain and its subdomains.
    expect(isBuiltInSite('baothanhhoa.vn')).toBe(true);
    expect(isBuiltInSite('m.baothanhhoa.vn')).toBe(true);
    expect(isBuiltInSite('notbaothanhhoa.vn')).toBe(false);
    expect(addableSite('https://m.baothanhhoa.vn/a.htm')).toBeUndefined();
    for (const url of ['chrome://extensions/', 'file:///home/a.html', 'about:blank', 'chrome-extension://abc/popup/index.html', 'not a url', undefined]) {
      expect(addableSite(url)).toBeUndefined();
    }
  });
});

describe('background: adding a site', () => {
  it('registers a persistent content script for the granted host and injects it into the tab now', async () => {
    const b = fakeBrowser({ granted: [`*://${COMMUNE}/*`] });
    expect(await b.send({ type: 'addSite', host: COMMUNE, tabId: 12 })).toEqual({ ok: true, injected: true });
    expect(b.platform.dynamicScripts.register).toHaveBeenCalledTimes(1);
    expect([...b.scripts.values()]).toEqual([commune]);
    expect(b.injected).toEqual([12]);
    expect(await b.send({ type: 'listSites' })).toEqual({ sites: [COMMUNE] });
  });

  it('refuses a host whose permission the reader did not grant, and registers nothing', async () => {
    const b = fakeBrowser();
    const reply = (await b.send({ type: 'addSite', host: COMMUNE, tabId: 12 })) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain(COMMUNE);
    expect(b.scripts.size).toBe(0);
    expect(b.injected).toEqual([]);
  });

  it('refuses anything that is not a plain host (it would widen the match pattern)', async () => {
    const b = fakeBrowser({ granted: ['*://*/*'] });
    for (const host of ['*', '*.gov.vn', 'a.vn/*', 'a.vn:80', '', 42]) {
      expect(await b.send({ type: 'addSite', host, tabId: 1 })).toEqual({ error: expect.stringMatching(/không hợp lệ/) });
    }
    expect(b.scripts.size).toBe(0);
  });

  it('keeps the site when the tab refuses the injection: the script runs from the next load', async () => {
    const b = fakeBrowser({ granted: [`*://${COMMUNE}/*`] });
    const reply = (await b.send({ type: 'addSite', host: COMMUNE, tabId: 666 })) as { ok: boolean; injected: boolean; error?: string };
    expect(reply).toMatchObject({ ok: true, injected: false });
    expect(reply.error).toMatch(/Cannot access/);
    expect(b.scripts.has(commune.id)).toBe(true);
  });

  it('an add racing the permissions.onAdded sync registers the script once, without a duplicate-id error', async () => {
    const b = fakeBrowser({ granted: [`*://${COMMUNE}/*`] });
    const [sync, add] = await Promise.all([b.sites.sync(), b.send({ type: 'addSite', host: COMMUNE, tabId: 3 })]);
    expect(sync.registered).toEqual([COMMUNE]);
    expect(add).toEqual({ ok: true, injected: true });
    expect(b.scripts.size).toBe(1);
    // Adding again is harmless too.
    expect(await b.send({ type: 'addSite', host: COMMUNE })).toEqual({ ok: true, injected: false });
    expect(b.scripts.size).toBe(1);
  });
});

describe('background: removing a site', () => {
  it('unregisters the script and gives the host permission back', async () => {
    const b = fakeBrowser({ granted: [`*://${COMMUNE}/*`], scripts: [commune] });
    expect(await b.send({ type: 'removeSite', host: COMMUNE })).toEqual({ removed: true });
    expect(b.platform.dynamicScripts.unregister).toHaveBeenCalledWith([commune.id]);
    expect(b.removedOrigins).toEqual([[`*://${COMMUNE}/*`]]);
    expect(b.scripts.size).toBe(0);
    expect(b.granted.has(`*://${COMMUNE}/*`)).toBe(false);
    expect(await b.send({ type: 'listSites' })).toEqual({ sites: [] });
  });

  it('a permission left without a script is still given back', async () => {
    const b = fakeBrowser({ granted: [`*://${COMMUNE}/*`] });
    expect(await b.send({ type: 'removeSite', host: COMMUNE })).toEqual({ removed: true });
    expect(b.platform.dynamicScripts.unregister).not.toHaveBeenCalled();
    expect(b.granted.has(`*://${COMMUNE}/*`)).toBe(false);
  });
});

describe('background: re-sync with the granted permissions', () => {
  it('drops scripts whose permission is gone, registers granted sites without one, leaves the rest alone', async () => {
    const kept = { ...commune, id: 'soitin-site-kept.vn', matches: ['*://kept.vn/*'] };
    const stale = { ...commune, id: 'soitin-site-stale.vn', matches: ['*://stale.vn/*'] };
    const foreign = { ...commune, id: 'someone-else', matches: ['*://other.vn/*'] };
    const b = fakeBrowser({ granted: ['*://kept.vn/*', '*://new.vn/*', '*://*.wild.vn/*'], scripts: [kept, stale, foreign] });
    expect(await b.sites.sync()).toEqual({ registered: ['new.vn'], unregistered: ['stale.vn'] });
    expect([...b.scripts.keys()].sort()).toEqual(['soitin-site-kept.vn', 'soitin-site-new.vn', 'someone-else']);
    expect(b.scripts.get('soitin-site-new.vn')).toEqual({ ...commune, id: 'soitin-site-new.vn', matches: ['*://new.vn/*'] });
    // The news sites' required patterns and wildcard grants are not sites the reader added.
    expect(await b.send({ type: 'listSites' })).toEqual({ sites: ['kept.vn', 'new.vn'] });
    // Nothing changed: a second sync does nothing.
    expect(await b.sites.sync()).toEqual({ registered: [], unregistered: [] });
  });

  it('keeps a script while a broader grant (all sites) still covers its host', async () => {
    const b = fakeBrowser({ granted: ['*://*/*'], scripts: [commune] });
    expect(await b.sites.sync()).toEqual({ registered: [], unregistered: [] });
    expect(b.scripts.has(commune.id)).toBe(true);
  });
});

// ---------------------------------------------------------------------- the worker's listeners, wired up
const wired = vi.hoisted(() => ({
  startup: [] as (() => void)[],
  installed: [] as (() => void)[],
  removed: [] as ((origins: string[]) => void)[],
  added: [] as ((origins: string[]) => void)[],
  granted: new Set<string>(),
  scripts: new Set<string>(),
}));

vi.mock('../../src/platform', async () => {
  const { DEFAULT_OPTIONS } = await import('../../src/platform/options');
  return {
    platform: {
      onMessage: () => () => {},
      storage: { getOptions: async () => DEFAULT_OPTIONS },
      action: { setBadge: async () => {} },
      scripting: { injectContentScript: async () => {} },
      menus: { onClicked: () => () => {}, removeAll: async () => {}, create: async () => {} },
      commands: { onCommand: () => () => {} },
      onInstalled: (h: () => void) => (wired.installed.push(h), () => {}),
      onStartup: (h: () => void) => (wired.startup.push(h), () => {}),
      permissions: {
        contains: async (origins: string[]) => origins.every((o) => wired.granted.has(o)),
        grantedOrigins: async () => [...wired.granted],
        requiredOrigins: () => [],
        onAdded: (h: (o: string[]) => void) => (wired.added.push(h), () => {}),
        onRemoved: (h: (o: string[]) => void) => (wired.removed.push(h), () => {}),
      },
      dynamicScripts: {
        list: async () => [...wired.scripts].map((id) => ({ id, matches: [] })),
        register: async (list: DynamicScript[]) => list.forEach((s) => wired.scripts.add(s.id)),
        unregister: async (ids: string[]) => ids.forEach((id) => wired.scripts.delete(id)),
      },
    },
  };
});

describe('background entry point: added sites', () => {
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };

  it('re-syncs at browser start, at install and when a permission is withdrawn in the browser settings', async () => {
    await import('../../src/background/index');
    // Registered in the worker's first turn, like every listener.
    expect([wired.startup.length, wired.installed.length, wired.removed.length, wired.added.length]).toEqual([1, 1, 1, 1]);

    // The browser starts: one site still granted, one whose permission went while it was closed.
    wired.granted = new Set(['*://a.vn/*']);
    wired.scripts = new Set(['soitin-site-a.vn', 'soitin-site-gone.vn']);
    wired.startup[0]();
    await settle();
    expect([...wired.scripts]).toEqual(['soitin-site-a.vn']);

    // The reader withdraws a.vn in the browser's extension settings.
    wired.granted.delete('*://a.vn/*');
    wired.removed[0](['*://a.vn/*']);
    await settle();
    expect(wired.scripts.size).toBe(0);

    // A grant made while the popup had closed (Firefox) still gets its script.
    wired.granted.add('*://b.vn/*');
    wired.added[0](['*://b.vn/*']);
    await settle();
    expect([...wired.scripts]).toEqual(['soitin-site-b.vn']);
  });
});
