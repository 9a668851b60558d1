// @vitest-environment happy-dom
// The library's search box, province/site filters and sort, as a reader uses them; export of "all"
// follows what the filters show. The platform wrapper is mocked (as in popup.test.tsx).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleListItem } from '../../src/shared/records';

const mocks = vi.hoisted(() => ({ sendMessage: vi.fn(), getOptions: vi.fn(), setOptions: vi.fn(), open: vi.fn() }));

vi.mock('../../src/platform', () => ({
  platform: {
    sendMessage: mocks.sendMessage,
    tabs: { queryActive: vi.fn(), sendMessage: vi.fn(), open: mocks.open },
    storage: { getOptions: mocks.getOptions, setOptions: mocks.setOptions },
    runtimeUrl: (p: string) => `chrome-extension://test/${p}`,
  },
}));

import { Library } from '../../popup/components/Library';
import { applyFilter, buildIndex, EMPTY_FILTER } from '../../popup/library-filter';
import { mount, until } from './support/render';

function item(id: number, extra: Partial<ArticleListItem>): ArticleListItem {
  return {
    id,
    key: `https://example.vn/${id}`,
    url: `https://example.vn/${id}`,
    site: 'baothanhhoa.vn',
    title: `Bài ${id}`,
    isProvincial: true,
    provincialScore: 0.8,
    province: 'Thanh Hóa',
    textHash: String(id),
    text: '',
    analyzedAt: id * 1000,
    createdAt: id * 1000,
    annotationCount: 1,
    ...extra,
  };
}

// Old-style tone placement in the stored text ("Hoà", "thuỷ"), as many provincial papers still print it.
const ITEMS: ArticleListItem[] = [
  item(1, {
    title: 'Khánh thành cầu mới',
    text: 'Sáng nay, xã Hoà Bình khánh thành cầu bắc qua sông, kết nối hai bờ.',
    published: '2025-10-02',
  }),
  item(2, {
    title: 'Hội nghị tổng kết công tác thuỷ lợi',
    site: 'baonghean.vn',
    province: 'Nghệ An',
    text: 'UBND tỉnh tổng kết công tác thủy lợi năm 2025.',
    published: '2025-11-20',
  }),
  item(3, {
    title: 'Trao học bổng cho học sinh nghèo',
    site: 'baonghean.vn',
    province: 'Nghệ An',
    text: 'Hóa đơn và học bổng được trao tại huyện.',
    published: '2025-09-15',
  }),
  item(4, { title: 'Giá lúa tăng', site: 'vnexpress.net', province: undefined, isProvincial: false, text: 'Giá lúa tăng mạnh.' }),
  item(5, { title: 'Đường mới ở xã Hà Trung', text: 'Xã Hà Trung làm đường.', published: '2025-12-01' }),
];



let container: HTMLElement;
const titles = () => [...container.querySelectorAll('.library__title')].map((b) => b.textContent);
const ids = () => [...container.querySelectorAll<HTMLElement>('.library__item')].map((li) => Number(li.dataset.id));

async function type(text: string): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(selector: string, value: string): Promise<void> {
  const select = container.querySelector<HTMLSelectElement>(selector)!;
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function toolbarExportButton(): HTMLButtonElement {
  return container.querySelector<HTMLButtonElement>('.toolbar .export button')!;
}

beforeEach(async () => {
  vi.clearAllMocks();
  mocks.sendMessage.mockImplementation(async (msg: { type: string; format?: string; ids?: number[] }) => {
    if (msg.type === 'listArticles') return ITEMS;
    if (msg.type === 'export') return { filename: 'soitin.json', mime: 'application/json', content: '{}' };
    throw new Error('unexpected ' + msg.type);
  });
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:soitin/x');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  container = await mount(<Library />);
  await until(() => titles().length === ITEMS.length);
});

afterEach(async () => {
  await act(() => {
    render(null, container);
  });
  container.remove();
  vi.restoreAllMocks();
});

describe('library search', () => {
  it('finds an article whatever the tone placement and case of the search word', async () => {
    // Stored "Hoà Bình" (old placement); the reader types the official placement, in capitals.
    await type('HÒA BÌNH');
    expect(titles()).toEqual(['Khánh thành cầu mới']);
    // And the other way: stored "thủy"/"thuỷ" found by either spelling, in title or text.
    await type('thuỷ lợi');
    expect(titles()).toEqual(['Hội nghị tổng kết công tác thuỷ lợi']);
    await type('thủy lợi');
    expect(titles()).toEqual(['Hội nghị tổng kết công tác thuỷ lợi']);
  });

  it('matches a query typed without marks, but keeps marks exact when they are typed', async () => {
    await type('hoa binh');
    expect(titles()).toEqual(['Khánh thành cầu mới']);
    // "hòa" and "hóa" are different words: typed with its mark, "hòa" finds "Hoà Bình" but neither
    // "Hóa đơn" nor the province "Thanh Hóa"; "hóa đơn" finds only the invoice.
    await type('hòa');
    expect(titles()).toEqual(['Khánh thành cầu mới']);
    await type('hóa đơn');
    expect(titles()).toEqual(['Trao học bổng cho học sinh nghèo']);
    // Unmarked, "hoa" matches all of them (and the site name "baothanhhoa.vn").
    await type('hoa');
    expect(ids().sort()).toEqual([1, 3, 5]);
  });

  it('searches the site name and needs every word of the query', async () => {
    await type('vnexpress');
    expect(titles()).toEqual(['Giá lúa tăng']);
    await type('tăng vnexpress');
    expect(titles()).toEqual(['Giá lúa tăng']);
    await type('tăng baothanhhoa');
    expect(titles()).toEqual([]);
  });

  it('shows an empty state that clears the filters from the keyboard', async () => {
    await type('không có từ này');
    expect(container.querySelector('.library__list')).toBeNull();
    expect(container.textContent).toContain('Không có bài nào khớp');
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Đang hiển thị 0/5 bài');
    expect(toolbarExportButton().disabled).toBe(true);
    const clear = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Xóa bộ lọc')!;
    await act(() => clear.click());
    expect(titles()).toHaveLength(5);
    expect(document.activeElement).toBe(container.querySelector('input[type="search"]'));
  });

  it('Escape in the search box clears it', async () => {
    await type('hoa binh');
    expect(titles()).toHaveLength(1);
    const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(input.value).toBe('');
    expect(titles()).toHaveLength(5);
  });
});

describe('library filters and export', () => {
  it('offers the provinces present with counts, and a province narrows the list', async () => {
    const options = [...container.querySelectorAll<HTMLOptionElement>('.filters__province option')].map((o) => o.textContent);
    expect(options).toEqual(['Tất cả (5)', 'Nghệ An (2)', 'Thanh Hóa (2)', 'Không rõ tỉnh (1)']);

    await choose('.filters__province', 'Nghệ An');
    expect(ids().sort()).toEqual([2, 3]);
    // Combined with the search box.
    await type('thuy loi');
    expect(ids()).toEqual([2]);
  });

  it('exports exactly the visible articles, and says so on the button', async () => {
    expect(toolbarExportButton().textContent).toBe('Xuất tất cả');
    await choose('.filters__province', 'Thanh Hóa');
    expect(toolbarExportButton().textContent).toBe('Xuất 2 bài đang hiển thị');
    await act(() => toolbarExportButton().click());
    await until(() => mocks.sendMessage.mock.calls.some(([m]) => m.type === 'export'));
    const sent = mocks.sendMessage.mock.calls.find(([m]) => m.type === 'export')![0];
    expect(sent.ids.sort()).toEqual(ids().sort());
    expect(sent.ids.sort()).toEqual([1, 5]);
  });

  it('filters by site and by "province unknown"', async () => {
    await choose('.filters__site', 'baonghean.vn');
    expect(ids().sort()).toEqual([2, 3]);
    await choose('.filters__site', '');
    await choose('.filters__province', '\u0000none');
    expect(titles()).toEqual(['Giá lúa tăng']);
  });

  it('sorts by newest analysed (default), newest published, or title', async () => {
    expect(ids()).toEqual([5, 4, 3, 2, 1]);
    await choose('.filters__sort', 'published');
    // Undated article last.
    expect(ids()).toEqual([5, 2, 1, 3, 4]);
    await choose('.filters__sort', 'title');
    expect(titles()).toEqual([
      'Đường mới ở xã Hà Trung',
      'Giá lúa tăng',
      'Hội nghị tổng kết công tác thuỷ lợi',
      'Khánh thành cầu mới',
      'Trao học bổng cho học sinh nghèo',
    ]);
  });
});

describe('library filter (pure)', () => {
  it('folds a large library once and filters it by any word', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      item(i + 1, { title: `Bài ${i}`, text: `Nội dung số ${i} ở xã Hoà Bình `.repeat(50) }),
    );
    const index = buildIndex(many);
    expect(applyFilter(index, { ...EMPTY_FILTER, query: 'số 1999 ' })).toHaveLength(1);
    expect(applyFilter(index, { ...EMPTY_FILTER, query: 'hòa bình' })).toHaveLength(2000);
  });
});
