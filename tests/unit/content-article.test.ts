// @vitest-environment happy-dom
// The article content script end to end in happy-dom, with the platform wrapper mocked (the one seam).
import { expected, fakeAnalysis, html, load, seedBody } from './support/sample-page';
import type { BackgroundRequest, PageState } from '../../src/shared/messages';
import { startArticleScript, RERUN_DEBOUNCE_MS, type ContentDeps } from '../../content-scripts/article-controller';

type Handler = (msg: unknown, sender: unknown) => Promise<unknown> | undefined;

/** A fake platform that records every message and lets tests call the content script's listener. */
const platformState = vi.hoisted(() => ({
  sent: [] as BackgroundRequest[],
  handlers: [] as Array<(msg: unknown, sender: unknown) => Promise<unknown> | undefined>,
  lang: 'vi' as 'vi' | 'other',
  fail: false,
  uiLanguage: undefined as undefined | 'en' | 'vi',
}));

vi.mock('../../src/platform', () => ({
  platform: {
    async sendMessage(msg: BackgroundRequest) {
      platformState.sent.push(msg);
      if (platformState.fail) throw new Error('background unavailable');
      if (msg.type === 'analyze') return fakeAnalysis(msg.text, platformState.lang);
      if (msg.type === 'save') return { articleId: 7, created: true, changed: true };
      return undefined;
    },
    onMessage(handler: Handler) {
      platformState.handlers.push(handler);
      return () => platformState.handlers.splice(platformState.handlers.indexOf(handler), 1);
    },
    storage: {
      getOptions: async () => ({ summaryLength: 3, visibleTypes: ['PERSON', 'MONEY'], ...(platformState.uiLanguage ? { uiLanguage: platformState.uiLanguage } : {}) }),
    },
  },
}));

const ask = (msg: unknown) => platformState.handlers[platformState.handlers.length - 1](msg, {});

beforeEach(() => {
  platformState.sent.length = 0;
  platformState.handlers.length = 0;
  platformState.lang = 'vi';
  platformState.fail = false;
  platformState.uiLanguage = undefined;
});

describe('content script entry (content-scripts/article.ts)', () => {
  it('extracts, asks the background to analyse, paints, saves, and injects only once', async () => {
    load(html);
    const pageText = document.documentElement.textContent;
    await import('../../content-scripts/article');
    const state = (await ask({ type: 'getPageState' })) as PageState;

    const [analyze, save] = platformState.sent;
    expect(analyze).toMatchObject({ type: 'analyze', text: seedBody, meta: { title: expected.title, published: expected.published } });
    expect(save).toMatchObject({ type: 'save', article: { title: expected.title, text: seedBody } });
    expect(state).toMatchObject({ isArticle: true, lang: 'vi', articleId: 7 });
    expect(state.article!.text).toBe(seedBody);

    const persons = Array.from(document.querySelectorAll('soitin-mark[data-type="PERSON"]')).map((m) => m.textContent);
    expect(persons.length).toBe(seedBody.split('Nguyễn Hồng Phong').length - 1);
    expect(new Set(persons)).toEqual(new Set(['Nguyễn Hồng Phong']));
    expect(document.documentElement.textContent).toBe(pageText);

    // Second injection (manifest + on-demand): no second run.
    vi.resetModules();
    await import('../../content-scripts/article');
    expect(platformState.sent.filter((m) => m.type === 'analyze').length).toBe(1);

    // Popup requests.
    expect(await ask({ type: 'scrollToRange', start: 0, end: 10 })).toEqual({ ok: true });
    expect(await ask({ type: 'setTypeVisible', entityType: 'PERSON', visible: false })).toEqual({ ok: true });
    expect(document.documentElement.classList.contains('soitin-hide-person')).toBe(true);
    expect(await ask({ type: 'setTypeVisible', entityType: 'NOPE', visible: false })).toEqual({ ok: false });
    expect(ask({ type: 'somethingElse' })).toBeUndefined();
  });
});

describe('article controller', () => {
  async function run(page: string, extra: Partial<ContentDeps> = {}) {
    load(page);
    const { platform } = await import('../../src/platform');
    const c = startArticleScript({ doc: document, url: () => expected.url, platform, ...extra });
    await c.ready();
    return c;
  }

  it('speaks the reader\'s interface language in the legend (Vietnamese by default, English when chosen)', async () => {
    const vi = await run(html);
    expect(vi.overlay()!.legend!.element.querySelector('[data-type="PERSON"]')!.textContent).toContain('Người');
    vi.stop();
    platformState.uiLanguage = 'en';
    const en = await run(html);
    const person = en.overlay()!.legend!.element.querySelector('[data-type="PERSON"]')!.textContent;
    expect(person).toContain('Person');
    expect(person).not.toContain('Người');
    // The selection toolbar speaks it too.
    expect(en.overlay()!.notes!.toolbar.textContent).toContain('Highlight');
    expect(en.overlay()!.notes!.toolbar.textContent).not.toContain('Tô sáng');
    en.stop();
  });

  it('paints nothing and saves nothing on a non-Vietnamese article', async () => {
    platformState.lang = 'other';
    const para = 'The council approved the new budget for the coming year after a long debate about roads and schools. ';
    const body = Array.from({ length: 8 }, (_, i) => `<p>${i + 1}. ${para.repeat(3)}</p>`).join('');
    const c = await run(`<html lang="en"><head><meta property="og:type" content="article"><title>Budget</title></head><body><article><h1>Budget approved</h1>${body}</article></body></html>`);
    expect(c.state()).toMatchObject({ isArticle: true, lang: 'other' });
    expect(document.querySelectorAll('soitin-mark').length).toBe(0);
    expect(platformState.sent.map((m) => m.type)).toEqual(['analyze']);
    c.stop();
  });

  it('refuses an article too long to analyse with a clear message, leaving the page as it was', async () => {
    const para = 'Xã Hà Trung tiếp tục triển khai các nhiệm vụ phát triển kinh tế - xã hội trên địa bàn. '.repeat(40);
    const body = Array.from({ length: 320 }, () => `<p>${para}</p>`).join('');
    const c = await run(`<html lang="vi"><head><meta property="og:type" content="article"><title>Dài</title></head><body><article><h1>Bài rất dài</h1>${body}</article></body></html>`);
    const before = document.documentElement.textContent;
    expect(c.state().error).toMatch(/Bài quá dài để phân tích/);
    expect(platformState.sent.length).toBe(0);
    expect(document.querySelectorAll('soitin-mark').length).toBe(0);
    expect(document.documentElement.textContent).toBe(before);
    c.stop();
  });

  it('does not analyse a page that is not an article', async () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<li><a href="/tin-${i}.htm">Tin vắn số ${i} trong ngày</a></li>`).join('');
    const c = await run(`<html lang="vi"><head><meta property="og:type" content="website"></head><body><h1>Báo Thanh Hóa</h1><ul>${teasers}</ul></body></html>`);
    expect(c.state().isArticle).toBe(false);
    expect(platformState.sent.length).toBe(0);
    c.stop();
  });

  it('hides the types the reader turned off in the options', async () => {
    const c = await run(html);
    expect(document.documentElement.classList.contains('soitin-hide-location')).toBe(true);
    expect(document.documentElement.classList.contains('soitin-hide-person')).toBe(false);
    c.stop();
    for (const cls of Array.from(document.documentElement.classList)) document.documentElement.classList.remove(cls);
  });

  it('survives a failing background: page untouched, error reported once', async () => {
    platformState.fail = true;
    const log = vi.fn();
    load(html);
    const before = document.documentElement.outerHTML;
    const { platform } = await import('../../src/platform');
    const c = startArticleScript({ doc: document, url: () => expected.url, platform, log });
    await c.ready();
    expect(c.state().error).toBe('background unavailable');
    expect(log).toHaveBeenCalledTimes(1);
    expect(document.documentElement.outerHTML).toBe(before);
    c.stop();
  });

  it('a failed re-run after a soft navigation reports the error, not the previous page\'s article', async () => {
    vi.useFakeTimers();
    try {
      load(html);
      let url = expected.url;
      const { platform } = await import('../../src/platform');
      const c = startArticleScript({ doc: document, url: () => url, platform, observe: true, log: () => {} });
      await c.ready();
      expect(c.state()).toMatchObject({ isArticle: true, articleId: 7 });
      // The site navigates in place and the background is gone meanwhile.
      url = `${expected.url}?trang=2`;
      platformState.fail = true;
      document.body.appendChild(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(RERUN_DEBOUNCE_MS + 100);
      await c.ready();
      expect(c.state().error).toBe('background unavailable');
      expect(c.state().article).toBeUndefined();
      expect(c.state().analysis).toBeUndefined();
      expect(c.state().articleId).toBeUndefined();
      expect(document.querySelectorAll('soitin-mark').length).toBe(0);
      c.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('removes its marks and overlay on stop, restoring the page', async () => {
    load(html);
    const before = document.body.innerHTML;
    const { platform } = await import('../../src/platform');
    const c = startArticleScript({ doc: document, url: () => expected.url, platform });
    await c.ready();
    expect(document.querySelectorAll('soitin-mark').length).toBeGreaterThan(0);
    c.stop();
    expect(document.querySelectorAll('soitin-mark, soitin-overlay').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('runs again when the article arrives late (MutationObserver + debounce)', async () => {
    vi.useFakeTimers();
    try {
      load('<html lang="vi"><head><title>Đang tải</title></head><body><div id="app">Đang tải…</div></body></html>');
      const { platform } = await import('../../src/platform');
      const c = startArticleScript({ doc: document, url: () => expected.url, platform, observe: true });
      await c.ready();
      expect(c.state().isArticle).toBe(false);
      // The app renders the article.
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.head.replaceWith(document.importNode(parsed.head, true));
      document.getElementById('app')!.replaceWith(document.importNode(parsed.querySelector('main')!, true));
      await vi.advanceTimersByTimeAsync(RERUN_DEBOUNCE_MS + 100);
      await c.ready();
      expect(c.state()).toMatchObject({ isArticle: true, lang: 'vi' });
      expect(document.querySelectorAll('soitin-mark').length).toBeGreaterThan(0);
      c.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
