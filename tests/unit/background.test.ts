import 'fake-indexeddb/auto'; // before Dexie loads: it looks up indexedDB once
import { createHandlers } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import { badgeText } from '../../src/background/badge';
import { DEFAULT_OPTIONS, type Options } from '../../src/platform/options';
import type { AnalyzeMeta } from '../../src/core/types';
import type { MessageSender } from '../../src/platform';
import { SEED_URL, freshDb, seedAnalysis, seedArticle } from './store-helpers';

function setup(options: Partial<Options> = {}) {
  const db = freshDb();
  const badges: [number, string, string][] = [];
  const injected: number[] = [];
  const analyzed: AnalyzeMeta[] = [];
  let clock = 1000;
  const platform = {
    storage: {
      getOptions: async () => ({ ...DEFAULT_OPTIONS, ...options }),
      setOptions: async () => ({ ...DEFAULT_OPTIONS }),
    },
    action: { setBadge: async (tabId: number, text: string, color: string) => void badges.push([tabId, text, color]) },
    scripting: {
      injectContentScript: async (tabId: number) => {
        if (tabId === 666) throw new Error('Cannot access a chrome:// URL');
        injected.push(tabId);
      },
    },
  };
  const analyze = (_text: string, meta: AnalyzeMeta) => (analyzed.push(meta), seedAnalysis());
  const route = createRouter(createHandlers({ db, platform, analyze, now: () => (clock += 1000) }));
  const send = (msg: unknown, sender: MessageSender = {}) => route(msg, sender);
  return { db, send, badges, injected, analyzed };
}

const fromTab = (id: number): MessageSender => ({ tab: { id, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });

describe('background router', () => {
  it('does not answer messages that are not background requests', () => {
    const { send } = setup();
    expect(send({ type: 'getPageState' })).toBeUndefined();
    expect(send('hello')).toBeUndefined();
    expect(send({ type: 'toString' })).toBeUndefined();
  });

  it('turns every failure into {error: message}', async () => {
    const { send } = setup();
    const bad = seedAnalysis();
    bad.entities[0] = { ...bad.entities[0], text: 'không có trong bài' };
    expect(await send({ type: 'save', article: seedArticle(), analysis: bad })).toEqual({ error: expect.stringMatching(/không khớp/) });
    expect(await send({ type: 'import', content: 'nope' })).toEqual({ error: expect.stringMatching(/không phải JSON/) });
    expect(await send({ type: 'getArticleByUrl' })).toEqual({ error: expect.stringMatching(/url/) });
    expect(await send({ type: 'export', format: 'pdf' })).toEqual({ error: expect.stringMatching(/không được hỗ trợ/) });
  });
});

describe('background handlers', () => {
  it('analyze uses the summary length from the options', async () => {
    const { send, analyzed } = setup({ summaryLength: 5 });
    const reply = await send({ type: 'analyze', text: 'Xã Hà Trung', meta: { title: 'T' } });
    expect(reply).toEqual(seedAnalysis());
    expect(analyzed).toEqual([{ title: 'T', summaryLength: 5 }]);
  });

  it('save stores the article and puts the province on the tab badge', async () => {
    const { send, badges } = setup();
    const reply = await send({ type: 'save', article: seedArticle(), analysis: seedAnalysis() }, fromTab(7));
    expect(reply).toEqual({ articleId: expect.any(Number), created: true, changed: false });
    expect(badges).toEqual([[7, 'TH', expect.any(String)]]);
    const saved = (await send({ type: 'getArticleByUrl', url: SEED_URL + '?utm_source=zalo' })) as { annotations: unknown[] };
    expect(saved.annotations).toHaveLength(seedAnalysis().entities.length);
    const again = await send({ type: 'save', article: seedArticle(), analysis: seedAnalysis() }, fromTab(7));
    expect(again).toMatchObject({ created: false, changed: false });
  });

  it('badge: short province names, a check mark without one', () => {
    expect(badgeText('Thanh Hóa')).toBe('TH');
    expect(badgeText('Thành phố Hồ Chí Minh')).toBe('HCM');
    expect(badgeText('Đà Nẵng')).toBe('ĐN');
    expect(badgeText(undefined)).toBe('✓');
    expect(badgeText('  ')).toBe('✓');
  });

  it('lists, exports, deletes and imports through messages', async () => {
    const { send } = setup();
    const { articleId } = (await send({ type: 'save', article: seedArticle(), analysis: seedAnalysis() })) as { articleId: number };
    const rows = (await send({ type: 'listArticles' })) as { id: number; annotationCount: number }[];
    expect(rows.map((r) => [r.id, r.annotationCount])).toEqual([[articleId, seedAnalysis().entities.length]]);

    const file = (await send({ type: 'export', format: 'json' })) as { filename: string; content: string };
    expect(file.filename).toMatch(/^soitin-.+\.json$/);
    const md = (await send({ type: 'export', format: 'md', ids: [articleId] })) as { content: string };
    expect(md.content).toContain('243.609.000.000 ₫');

    expect(await send({ type: 'deleteArticle', id: articleId })).toEqual({ deleted: true });
    expect(await send({ type: 'listArticles' })).toEqual([]);
    expect(await send({ type: 'getArticleByUrl', url: SEED_URL })).toBeNull();

    expect(await send({ type: 'import', content: file.content })).toMatchObject({ articles: 1, created: 1 });
    expect(((await send({ type: 'listArticles' })) as unknown[]).length).toBe(1);
  });

  it('analyzeTab injects the content script, and says plainly when the page refuses', async () => {
    const { send, injected } = setup();
    expect(await send({ type: 'analyzeTab', tabId: 3 })).toEqual({ ok: true });
    expect(injected).toEqual([3]);
    expect(await send({ type: 'analyzeTab', tabId: 666 })).toEqual({ ok: false, error: expect.stringMatching(/Không thể phân tích trang này/) });
  });
});
