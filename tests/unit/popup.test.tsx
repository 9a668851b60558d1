// @vitest-environment happy-dom
// The popup as a reader uses it: the current article (summary, entities, figures, toggles, analyze on
// demand), the library (list, delete, export, import) and the options. The platform wrapper is mocked;
// the page state is the seed article with its hand-made gold spans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_TYPES, type Span, type SummarySentence } from '../../src/core/types';
import type { PageState } from '../../src/shared/messages';
import type { ArticleListItem } from '../../src/shared/records';

const mocks = vi.hoisted(() => ({
  sendMessage: vi.fn(),
  tabsSendMessage: vi.fn(),
  queryActive: vi.fn(),
  getOptions: vi.fn(),
  setOptions: vi.fn(),
  open: vi.fn(),
}));

vi.mock('../../src/platform', () => ({
  platform: {
    sendMessage: mocks.sendMessage,
    tabs: { queryActive: mocks.queryActive, sendMessage: mocks.tabsSendMessage, open: mocks.open },
    storage: { getOptions: mocks.getOptions, setOptions: mocks.setOptions },
    runtimeUrl: (p: string) => `chrome-extension://test/${p}`,
  },
}));

import { App } from '../../popup/components/App';
import { Library } from '../../popup/components/Library';
import { mount, until } from './support/render';

// ---------------------------------------------------------------------------------------------- helpers

const SEED = join(__dirname, '../fixtures/seed');

/** The seed article as the content script would report it: gold spans as the analysis, the editor's summary. */
function seedPageState(): PageState {
  const text = readFileSync(join(SEED, 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(SEED, 'gold.json'), 'utf8')) as {
    entities: Span[];
    summary_reference: { sentences: { start: number; end: number; text: string; rank: number }[] };
  };
  const summary: SummarySentence[] = gold.summary_reference.sentences
    .filter((s) => s.rank <= 3)
    .map((s) => ({ start: s.start, end: s.end, text: s.text, rank: s.rank, score: 1 / s.rank }));
  return {
    isArticle: true,
    lang: 'vi',
    articleId: 1,
    article: {
      url: 'https://baothanhhoa.vn/pho-bi-thu-tham-ha-trung.htm',
      site: 'baothanhhoa.vn',
      title: text.split('\n')[0],
      published: '2025-11-25T08:00:00+07:00',
      text,
    },
    analysis: {
      lang: 'vi',
      provincial: { score: 0.86, isProvincial: true, province: 'Thanh Hóa', signals: ['xã Hà Trung'] },
      entities: gold.entities,
      summary,
    },
  };
}


async function unmount(container: HTMLElement): Promise<void> {
  await act(() => {
    render(null, container);
  });
  container.remove();
}


/** Buttons whose visible text is exactly `text`. */
function buttonsByText(root: ParentNode, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text);
}

async function click(el: Element): Promise<void> {
  await act(() => {
    (el as HTMLElement).click();
  });
}

// Assigned by each test's mount(); unmounted after it.
let container: HTMLElement;

beforeEach(() => {
  vi.clearAllMocks();
  mocks.setOptions.mockImplementation(async (p: object) => p);
});

afterEach(async () => {
  if (container?.isConnected) await unmount(container);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

// -------------------------------------------------------------------------------------- current article
const TAB = { id: 7, url: 'https://baothanhhoa.vn/pho-bi-thu-tham-ha-trung.htm', title: 'Bài' };

/** The content script answers getPageState with `state`; other requests resolve. */
function pageAnswers(state: PageState | null) {
  mocks.tabsSendMessage.mockImplementation(async (_tab: number, msg: { type: string }) =>
    msg.type === 'getPageState' ? state : undefined,
  );
}

describe('popup: current article', () => {
  beforeEach(() => {
    mocks.queryActive.mockResolvedValue(TAB);
    mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [...ENTITY_TYPES] });
  });

  it('lists the summary sentences and scrolls the page to the one clicked', async () => {
    const state = seedPageState();
    pageAnswers(state);
    container = await mount(<App />);
    await until(() => container.querySelectorAll('.summary__sentence').length > 0);

    const sentences = [...container.querySelectorAll<HTMLButtonElement>('.summary__sentence')];
    expect(sentences.map((b) => b.textContent)).toEqual(state.analysis!.summary.map((s) => s.text));
    expect(container.textContent).toContain(state.article!.title);
    expect(container.textContent).toContain('25/11/2025');
    expect(container.querySelector('.badge')?.textContent).toContain('Thanh Hóa');

    const target = state.analysis!.summary[1];
    await click(sentences[1]);
    expect(mocks.tabsSendMessage).toHaveBeenCalledWith(TAB.id, { type: 'scrollToRange', start: target.start, end: target.end });
  });

  it('groups entities by type with counts and expands a group to its distinct texts', async () => {
    const state = seedPageState();
    pageAnswers(state);
    container = await mount(<App />);
    await until(() => container.querySelector('.chip') !== null);

    const chip = (type: string) => container.querySelector<HTMLButtonElement>(`.chip[data-type="${type}"]`)!;
    const persons = state.analysis!.entities.filter((e) => e.type === 'PERSON');
    expect(chip('PERSON').textContent).toContain('Người');
    expect(chip('PERSON').querySelector('.chip__count')?.textContent).toBe(String(persons.length));
    expect(chip('MONEY').querySelector('.chip__count')?.textContent).toBe('1');
    expect(container.querySelector('.chip[data-type="PERCENT"]')).toBeNull(); // no percent in the seed

    await click(chip('PERSON'));
    expect(chip('PERSON').getAttribute('aria-expanded')).toBe('true');
    const rows = [...container.querySelectorAll('.distinct li')];
    const phong = rows.find((li) => li.querySelector('.distinct__text')?.textContent === 'Nguyễn Hồng Phong');
    const expected = persons.filter((p) => p.text === 'Nguyễn Hồng Phong').length;
    expect(expected).toBeGreaterThan(1);
    expect(phong?.querySelector('.distinct__count')?.textContent).toBe(`×${expected}`);
    expect(rows.length).toBe(new Set(persons.map((p) => p.text)).size);
  });

  it('shows the figures table with normalised values', async () => {
    pageAnswers(seedPageState());
    container = await mount(<App />);
    await until(() => container.querySelector('table.figures') !== null);

    const money = container.querySelector('table.figures tr[data-type="MONEY"]')!;
    expect(money.textContent).toContain('243 tỷ 609 triệu đồng');
    expect(money.querySelector('.figures__value')?.textContent).toBe('243.609.000.000 ₫');
    expect(container.querySelector('table.figures tr[data-type="DATE"] .figures__value')?.textContent).toMatch(/\/2025$/);
  });

  it('type toggles tell the page and persist the choice', async () => {
    pageAnswers(seedPageState());
    container = await mount(<App />);
    await until(() => container.querySelector('.toggles input') !== null);
    const personBox = [...container.querySelectorAll<HTMLLabelElement>('.toggle')]
      .find((l) => l.textContent?.includes('Người'))!
      .querySelector('input')!;
    expect(personBox.checked).toBe(true);
    await click(personBox);
    await until(() => mocks.tabsSendMessage.mock.calls.some(([, m]) => m.type === 'setTypeVisible'));
    expect(mocks.tabsSendMessage).toHaveBeenCalledWith(TAB.id, { type: 'setTypeVisible', entityType: 'PERSON', visible: false });
    expect(mocks.setOptions.mock.calls[0][0].visibleTypes).not.toContain('PERSON');
  });

  it('offers to analyze a page nobody answers for, then shows the result', async () => {
    let injected = false;
    const state = seedPageState();
    mocks.tabsSendMessage.mockImplementation(async (_tab: number, msg: { type: string }) => {
      if (msg.type !== 'getPageState') return undefined;
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return state;
    });
    mocks.sendMessage.mockImplementation(async (msg: { type: string }) => {
      if (msg.type === 'analyzeTab') {
        injected = true;
        return { ok: true };
      }
      throw new Error('unexpected ' + msg.type);
    });
    container = await mount(<App pollMs={0} />);
    await until(() => buttonsByText(container, 'Phân tích trang này').length === 1);
    expect(container.querySelector('.summary')).toBeNull();

    await click(buttonsByText(container, 'Phân tích trang này')[0]);
    expect(mocks.sendMessage).toHaveBeenCalledWith({ type: 'analyzeTab', tabId: TAB.id });
    await until(() => container.querySelectorAll('.summary__sentence').length === state.analysis!.summary.length);
  });

  it('shows the background error when analysis is refused', async () => {
    mocks.tabsSendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    mocks.sendMessage.mockResolvedValue({ ok: false, error: 'Không thể chạy trên trang này.' });
    container = await mount(<App pollMs={0} />);
    await until(() => buttonsByText(container, 'Phân tích trang này').length === 1);
    await click(buttonsByText(container, 'Phân tích trang này')[0]);
    await until(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Không thể chạy trên trang này.');
  });

  it('says clearly when the page is not an article, or not Vietnamese', async () => {
    pageAnswers({ isArticle: false, lang: 'vi' });
    container = await mount(<App />);
    await until(() => container.textContent!.includes('không phải là một bài báo'));
    await unmount(container);

    pageAnswers({ isArticle: true, lang: 'other', article: { ...seedPageState().article!, text: 'Hello world' } });
    container = await mount(<App />);
    await until(() => container.textContent!.includes('không viết bằng tiếng Việt'));
    expect(container.querySelector('.summary')).toBeNull();
  });

  it('copies the summary as text with title and URL', async () => {
    const state = seedPageState();
    pageAnswers(state);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    container = await mount(<App />);
    await until(() => buttonsByText(container, 'Sao chép tóm tắt').length === 1);
    await click(buttonsByText(container, 'Sao chép tóm tắt')[0]);
    await until(() => writeText.mock.calls.length === 1);
    const copied: string = writeText.mock.calls[0][0];
    expect(copied.startsWith(state.article!.title)).toBe(true);
    for (const s of state.analysis!.summary) expect(copied).toContain(s.text);
    expect(copied.trimEnd().endsWith(state.article!.url)).toBe(true);
    await until(() => container.textContent!.includes('Đã sao chép tóm tắt.'));
  });
});

// ------------------------------------------------------------------------------------ library + options
function item(id: number, title: string, createdAt: number, extra: Partial<ArticleListItem> = {}): ArticleListItem {
  return {
    id,
    key: `https://baothanhhoa.vn/${id}`,
    url: `https://baothanhhoa.vn/${id}`,
    site: 'baothanhhoa.vn',
    title,
    isProvincial: true,
    provincialScore: 0.8,
    province: 'Thanh Hóa',
    published: '2025-11-25',
    textHash: String(id),
    text: '…',
    analyzedAt: createdAt,
    createdAt,
    annotationCount: id * 10,
    ...extra,
  };
}

const ITEMS = [item(1, 'Bài cũ nhất', 1000), item(3, 'Bài mới nhất', 3000), item(2, 'Bài giữa', 2000)];

/** A fake background over a mutable list. */
function background(items: ArticleListItem[]) {
  let list = [...items];
  mocks.sendMessage.mockImplementation(async (msg: { type: string; id?: number; format?: string; ids?: number[] }) => {
    switch (msg.type) {
      case 'listArticles':
        return list;
      case 'deleteArticle':
        list = list.filter((a) => a.id !== msg.id);
        return { deleted: true };
      case 'export':
        return { filename: `soitin-${msg.ids ? msg.ids.join('-') : 'all'}.${msg.format}`, mime: 'text/csv', content: '\uFEFFa,b\r\n' };
      default:
        throw new Error('unexpected ' + msg.type);
    }
  });
}

const titles = () => [...container.querySelectorAll('.library__title')].map((b) => b.textContent);

describe('popup: library and options', () => {
  beforeEach(() => {
    mocks.queryActive.mockResolvedValue({ id: 7, url: 'https://example.com/' });
    mocks.tabsSendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [] });
  });

  it('lists saved articles newest first with site, date, province and annotation count', async () => {
    background(ITEMS);
    container = await mount(<App initialTab="library" />);
    await until(() => titles().length === 3);
    expect(titles()).toEqual(['Bài mới nhất', 'Bài giữa', 'Bài cũ nhất']);
    const meta = container.querySelector('.library__item .meta')!.textContent!;
    expect(meta).toContain('baothanhhoa.vn');
    expect(meta).toContain('25/11/2025');
    expect(meta).toContain('Thanh Hóa');
    expect(meta).toContain('30 chú thích');
  });

  it('opens an article in a new tab and the full library page', async () => {
    background(ITEMS);
    mocks.open.mockResolvedValue(undefined);
    container = await mount(<App initialTab="library" />);
    await until(() => titles().length === 3);
    await click(container.querySelector('.library__title')!);
    expect(mocks.open).toHaveBeenCalledWith('https://baothanhhoa.vn/3');
    await click(buttonsByText(container, 'Mở thư viện trong thẻ mới')[0]);
    expect(mocks.open).toHaveBeenLastCalledWith('chrome-extension://test/popup/library.html');
  });

  it('never opens a saved article whose address is not http(s)', async () => {
    background([{ ...ITEMS[0], url: 'javascript:alert(1)', canonicalUrl: undefined, title: 'Bài lạ' }]);
    container = await mount(<App initialTab="library" />);
    await until(() => titles().length === 1);
    await click(container.querySelector('.library__title')!);
    expect(mocks.open).not.toHaveBeenCalled();
    expect(container.textContent).toContain('not an http(s) address');
  });

  it('moves between the popup tabs with the arrow keys', async () => {
    background([]);
    container = await mount(<App initialTab="library" />);
    const selected = () => container.querySelector('[role="tab"][aria-selected="true"]')!.textContent;
    expect(selected()).toBe('Thư viện');
    await act(() => {
      container.querySelector('[role="tab"][aria-selected="true"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(selected()).toBe('Tùy chọn');
    expect(document.activeElement?.textContent).toBe('Tùy chọn');
    await until(() => container.querySelector('#summary-length') !== null);
  });

  it('shows an empty state and a load error as messages', async () => {
    background([]);
    container = await mount(<Library />);
    await until(() => container.querySelector('.empty') !== null);
    expect(container.textContent).toContain('Chưa có bài nào được lưu');
    await unmount(container);

    mocks.sendMessage.mockRejectedValue(new Error('Cơ sở dữ liệu bị khóa'));
    container = await mount(<Library />);
    await until(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('Cơ sở dữ liệu bị khóa');
  });

  it('deletes an article only after the inline confirmation', async () => {
    background(ITEMS);
    const confirmSpy = vi.fn(() => true);
    vi.stubGlobal('confirm', confirmSpy);
    container = await mount(<Library />);
    await until(() => titles().length === 3);

    const row = container.querySelector('.library__item[data-id="2"]')!;
    await click(buttonsByText(row, 'Xóa')[0]);
    expect(mocks.sendMessage).not.toHaveBeenCalledWith({ type: 'deleteArticle', id: 2 });
    expect(row.textContent).toContain('Xóa bài này?');

    // Cancelling keeps the article.
    await click(buttonsByText(row, 'Hủy')[0]);
    expect(titles()).toHaveLength(3);

    await click(buttonsByText(row, 'Xóa')[0]);
    await click(buttonsByText(row, 'Xóa hẳn')[0]);
    await until(() => titles().length === 2);
    expect(mocks.sendMessage).toHaveBeenCalledWith({ type: 'deleteArticle', id: 2 });
    expect(titles()).toEqual(['Bài mới nhất', 'Bài cũ nhất']);
    expect(confirmSpy).not.toHaveBeenCalled();
  });

  it('exports in the chosen format and downloads the returned file', async () => {
    // Fake clock (still ticking) so the delayed URL revocation can be reached without waiting for it.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    background(ITEMS);
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:soitin/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });

    container = await mount(<Library />);
    await until(() => titles().length === 3);
    const row = container.querySelector('.library__item[data-id="3"]')!;
    const select = row.querySelector('select')!;
    await act(() => {
      select.value = 'csv';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(buttonsByText(row, 'Xuất')[0]);
    await until(() => clicked.length === 1);

    expect(mocks.sendMessage).toHaveBeenCalledWith({ type: 'export', format: 'csv', ids: [3] });
    expect(clicked[0]).toEqual({ download: 'soitin-3.csv', href: 'blob:soitin/1' });
    expect(created[0].type).toBe('text/csv');
    expect(await created[0].text()).toBe('\uFEFFa,b\r\n');
    expect(container.querySelector('a[download]')).toBeNull(); // the temporary link is gone
    expect(revoke).not.toHaveBeenCalled(); // still needed while the browser starts the download
    vi.advanceTimersByTime(5000);
    expect(revoke).toHaveBeenCalledWith('blob:soitin/1');

    // "Xuất tất cả" sends no ids.
    const toolbar = container.querySelector('.toolbar')!;
    await click(buttonsByText(toolbar, 'Xuất tất cả')[0]);
    await until(() => clicked.length === 2);
    expect(mocks.sendMessage).toHaveBeenCalledWith({ type: 'export', format: 'json' });
    expect(clicked[1].download).toBe('soitin-all.json');
  });

  it('shows the error text of a malformed import', async () => {
    background(ITEMS);
    const base = mocks.sendMessage.getMockImplementation()!;
    mocks.sendMessage.mockImplementation(async (msg: { type: string; content?: string }) => {
      if (msg.type === 'import') throw new Error('Tệp không phải bản xuất JSON của Soi Tin (thiếu "articles").');
      return base(msg);
    });
    container = await mount(<Library />);
    await until(() => titles().length === 3);

    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"not": "an export"'], 'hong.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => container.querySelector('.import [role="alert"]') !== null);
    expect(mocks.sendMessage).toHaveBeenCalledWith({ type: 'import', content: '{"not": "an export"' });
    expect(container.querySelector('.import [role="alert"]')!.textContent).toContain(
      'Tệp không phải bản xuất JSON của Soi Tin (thiếu "articles").',
    );
    expect(titles()).toHaveLength(3);
  });

  it('reports a successful import and reloads the list', async () => {
    let list = ITEMS.slice(0, 1);
    mocks.sendMessage.mockImplementation(async (msg: { type: string }) => {
      if (msg.type === 'listArticles') return list;
      if (msg.type === 'import') {
        list = ITEMS;
        return { articles: 2, created: 2, merged: 0, annotationsAdded: 50 };
      }
      throw new Error('unexpected');
    });
    container = await mount(<Library />);
    await until(() => titles().length === 1);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'a.json')], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => titles().length === 3);
    expect(container.textContent).toContain('Đã nhập 2 bài (2 bài mới, 0 bài gộp), thêm 50 chú thích.');
  });

  it('persists the summary length within 1–7', async () => {
    container = await mount(<App initialTab="options" />);
    await until(() => container.querySelector('#summary-length') !== null);
    const range = container.querySelector<HTMLInputElement>('#summary-length')!;
    expect(range.value).toBe('3');
    await act(() => {
      range.value = '5';
      range.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => mocks.setOptions.mock.calls.length === 1);
    expect(mocks.setOptions).toHaveBeenCalledWith({ summaryLength: 5 });
    expect(container.querySelector('output')!.textContent).toBe('5');
    await until(() => container.textContent!.includes('Đã lưu.'));
  });
});
