import 'fake-indexeddb/auto'; // before Dexie loads: it looks up indexedDB once
import { SEED_URL, seedAnalysis, seedArticle } from './store-helpers';

// The extension APIs are reached only through src/platform: replace that one seam.
const listeners: ((msg: unknown, sender: unknown) => Promise<unknown> | undefined)[] = [];
vi.mock('../../src/platform', async () => {
  const { DEFAULT_OPTIONS } = await import('../../src/platform/options');
  return {
    platform: {
      onMessage: (h: (typeof listeners)[number]) => void listeners.push(h),
      storage: { getOptions: async () => DEFAULT_OPTIONS },
      action: { setBadge: async () => {} },
      scripting: { injectContentScript: async () => {} },
      menus: { onClicked: () => () => {} },
      commands: { onCommand: () => () => {} },
      onInstalled: () => () => {},
      // Added sites (src/background/sites.ts): listeners only; tests/unit/background-sites.test.ts covers them.
      onStartup: () => () => {},
      permissions: { onAdded: () => () => {}, onRemoved: () => () => {} },
    },
  };
});

describe('background entry point', () => {
  it('registers its message listener synchronously when the worker script runs', async () => {
    await import('../../src/background/index');
    // An MV3 worker woken by a message only delivers it to listeners added in the first turn.
    expect(listeners).toHaveLength(1);
  });

  it('answers a save and a lookup through the registered listener, with the real analyzer wired in', async () => {
    const [listener] = listeners;
    const reply = await listener({ type: 'save', article: seedArticle(), analysis: seedAnalysis() }, {});
    expect(reply).toMatchObject({ created: true });
    const saved = (await listener({ type: 'getArticleByUrl', url: SEED_URL }, {})) as { article: { title: string } };
    expect(saved.article.title).toBe(seedArticle().title);
    const analysis = (await listener({ type: 'analyze', text: 'Sáng 25/11, xã Hà Trung.', meta: {} }, {})) as { lang: string };
    expect(analysis).toHaveProperty('entities');
  });
});
