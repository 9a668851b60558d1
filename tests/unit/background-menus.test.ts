// Context menus and keyboard commands, background side, with the platform seam mocked: what is created
// on install, and what each click / shortcut asks of which tab.
import 'fake-indexeddb/auto'; // the worker opens the library database when it starts
import type { ContentRequest } from '../../src/shared/messages';
import type { MenuItem } from '../../src/platform';
import { MENU_ANALYZE_PAGE, MENU_HIGHLIGHT_SELECTION, MENU_NOTE_SELECTION, createMenuClickHandler } from '../../src/background/menus';
import { createCommandHandler } from '../../src/background/commands';

type Click = (info: { menuItemId: string | number }, tab?: { id?: number }) => void;
type Command = (command: string, tab?: { id?: number }) => void;

const fake = vi.hoisted(() => ({
  /** Every call on the menus API, in order ("removeAll" or the created item). */
  menuCalls: [] as Array<'removeAll' | { id: string; title: string; contexts: string[] }>,
  clicks: [] as Array<(info: { menuItemId: string | number }, tab?: { id?: number }) => void>,
  commands: [] as Array<(command: string, tab?: { id?: number }) => void>,
  installed: [] as Array<() => void>,
  messages: [] as Array<[number, unknown]>,
  injected: [] as number[],
  /** Tabs whose content script is present (answers messages). */
  scripted: new Set<number>(),
  activeTab: 31 as number | undefined,
}));

vi.mock('../../src/platform', async () => {
  const { DEFAULT_OPTIONS } = await import('../../src/platform/options');
  return {
    platform: {
      onMessage: () => () => {},
      storage: { getOptions: async () => DEFAULT_OPTIONS },
      action: { setBadge: async () => {} },
      scripting: {
        injectContentScript: async (tabId: number) => {
          if (tabId === 666) throw new Error('Cannot access a chrome:// URL');
          fake.injected.push(tabId);
          fake.scripted.add(tabId);
        },
      },
      tabs: {
        queryActive: async () => (fake.activeTab === undefined ? undefined : { id: fake.activeTab }),
        sendMessage: async (tabId: number, msg: unknown) => {
          // As the browser does: no content script in the tab, no receiving end.
          if (!fake.scripted.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
          fake.messages.push([tabId, msg]);
          return { ok: true };
        },
      },
      menus: {
        removeAll: async () => void fake.menuCalls.push('removeAll'),
        create: async (item: MenuItem) => void fake.menuCalls.push({ ...item, contexts: [...item.contexts] }),
        onClicked: (h: Click) => (fake.clicks.push(h), () => {}),
      },
      commands: { onCommand: (h: Command) => (fake.commands.push(h), () => {}) },
      onInstalled: (h: () => void) => (fake.installed.push(h), () => {}),
      // Added sites (src/background/sites.ts): listeners only; tests/unit/background-sites.test.ts covers them.
      onStartup: () => () => {},
      // The install event also re-syncs the added sites: none here.
      permissions: { onAdded: () => () => {}, onRemoved: () => () => {}, grantedOrigins: async () => [], requiredOrigins: () => [] },
      dynamicScripts: { list: async () => [] },
    },
  };
});

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fake.menuCalls.length = 0;
  fake.messages.length = 0;
  fake.injected.length = 0;
  fake.scripted.clear();
  fake.activeTab = 31;
});

describe('background entry: menus and commands', () => {
  beforeAll(async () => {
    await import('../../src/background/index');
  });

  it('registers click, command and install listeners synchronously when the worker script runs', () => {
    // A worker woken by a menu click or a shortcut only delivers it to listeners added in its first turn.
    expect(fake.clicks).toHaveLength(1);
    expect(fake.commands).toHaveLength(1);
    expect(fake.installed).toHaveLength(1);
  });

  it('creates the three menu items on install with their contexts, removing old ones first (idempotent)', async () => {
    fake.installed[0]();
    await settle();
    const expected = [
      'removeAll',
      { id: MENU_ANALYZE_PAGE, title: 'Soi Tin: phân tích trang này', contexts: ['page'] },
      { id: MENU_HIGHLIGHT_SELECTION, title: 'Soi Tin: tô sáng đoạn đã chọn', contexts: ['selection'] },
      { id: MENU_NOTE_SELECTION, title: 'Soi Tin: ghi chú cho đoạn đã chọn…', contexts: ['selection'] },
    ];
    expect(fake.menuCalls).toEqual(expected);
    // An update (or a developer reload) fires onInstalled again: the same items, no duplicates.
    fake.installed[0]();
    await settle();
    expect(fake.menuCalls).toEqual([...expected, ...expected]);
  });

  it('"phân tích trang này" injects the content script into the clicked tab', async () => {
    fake.clicks[0]({ menuItemId: MENU_ANALYZE_PAGE }, { id: 12 });
    await settle();
    expect(fake.injected).toEqual([12]);
    expect(fake.messages).toEqual([]);
  });

  it('the selection items send annotateSelection (plain / with note) to the tab clicked in', async () => {
    fake.scripted.add(5);
    fake.clicks[0]({ menuItemId: MENU_HIGHLIGHT_SELECTION }, { id: 5 });
    await settle();
    fake.clicks[0]({ menuItemId: MENU_NOTE_SELECTION }, { id: 5 });
    await settle();
    expect(fake.messages).toEqual<[number, ContentRequest][]>([
      [5, { type: 'annotateSelection', note: false }],
      [5, { type: 'annotateSelection', note: true }],
    ]);
    expect(fake.injected).toEqual([]);
  });

  it('a selection item on a page not analysed yet injects the content script, then asks it', async () => {
    fake.clicks[0]({ menuItemId: MENU_NOTE_SELECTION }, { id: 8 });
    await settle();
    await settle();
    expect(fake.injected).toEqual([8]);
    expect(fake.messages).toEqual([[8, { type: 'annotateSelection', note: true }]]);
  });

  it('ignores clicks outside a tab and items that are not ours', async () => {
    fake.scripted.add(5);
    fake.clicks[0]({ menuItemId: MENU_HIGHLIGHT_SELECTION }, undefined);
    fake.clicks[0]({ menuItemId: 'someone-else' }, { id: 5 });
    await settle();
    expect(fake.messages).toEqual([]);
    expect(fake.injected).toEqual([]);
  });

  it('the toggle-highlights shortcut asks the tab it was pressed in; other commands are not ours', async () => {
    fake.scripted.add(4);
    fake.commands[0]('toggle-highlights', { id: 4 });
    fake.commands[0]('_execute_action', { id: 4 });
    await settle();
    expect(fake.messages).toEqual([[4, { type: 'toggleHighlights' }]]);
    // No content script there: nothing to hide, and no error escapes.
    fake.commands[0]('toggle-highlights', { id: 9 });
    await settle();
    expect(fake.messages).toHaveLength(1);
  });
});

describe('menu and command handlers (unit)', () => {
  it('reports a page that refuses injection instead of throwing', async () => {
    const log = vi.fn();
    const analyzeTab = vi.fn(async () => ({ ok: false, error: 'Không thể phân tích trang này (chrome://).' }));
    const tabs = { sendMessage: vi.fn(async () => Promise.reject(new Error('no receiver'))) };
    const click = createMenuClickHandler({ platform: { tabs } as never, analyzeTab, log });
    await click({ menuItemId: MENU_HIGHLIGHT_SELECTION }, { id: 3 });
    expect(analyzeTab).toHaveBeenCalledWith(3);
    // Asked once, injection refused: not asked again, and the reason is logged.
    expect(tabs.sendMessage).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(MENU_HIGHLIGHT_SELECTION), 'Không thể phân tích trang này (chrome://).');
  });

  it('a shortcut without a tab (older browsers) goes to the active tab', async () => {
    const tabs = { sendMessage: vi.fn(async () => ({ ok: true })), queryActive: vi.fn(async () => ({ id: 77 })) };
    await createCommandHandler({ platform: { tabs } as never })('toggle-highlights', undefined);
    expect(tabs.sendMessage).toHaveBeenCalledWith(77, { type: 'toggleHighlights' });
  });
});
