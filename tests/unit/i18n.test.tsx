// @vitest-environment happy-dom
// The interface language: Vietnamese by default, English when the reader chooses it (or when 'auto' and
// the browser lists no Vietnamese); the popup, the library and the page overlay's legend and hover card.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleListItem } from '../../src/shared/records';

const mocks = vi.hoisted(() => ({
  sendMessage: vi.fn(),
  tabsSendMessage: vi.fn(),
  queryActive: vi.fn(),
  getOptions: vi.fn(),
  setOptions: vi.fn(),
}));

vi.mock('../../src/platform', () => ({
  platform: {
    sendMessage: mocks.sendMessage,
    tabs: { queryActive: mocks.queryActive, sendMessage: mocks.tabsSendMessage, open: vi.fn() },
    storage: { getOptions: mocks.getOptions, setOptions: mocks.setOptions },
    runtimeUrl: (p: string) => `chrome-extension://test/${p}`,
  },
}));

import { App } from '../../popup/components/App';
import { MESSAGES } from '../../popup/i18n';
import { createHoverCard } from '../../src/dom/overlay/hover-card';
import { createLegend } from '../../src/dom/overlay/legend';
import { sanitizeOptions } from '../../src/platform/options';
import { resolveLang } from '../../src/shared/i18n';
import { mount, until } from './support/render';

const ITEM: ArticleListItem = {
  id: 1,
  key: 'https://baothanhhoa.vn/1',
  url: 'https://baothanhhoa.vn/1',
  site: 'baothanhhoa.vn',
  title: 'Khánh thành cầu mới',
  isProvincial: true,
  provincialScore: 0.8,
  province: 'Thanh Hóa',
  textHash: '1',
  text: 'Xã Hoà Bình khánh thành cầu.',
  analyzedAt: 1000,
  createdAt: 1000,
  annotationCount: 12,
};



let container: HTMLElement | undefined;
const tabs = () => [...container!.querySelectorAll('[role="tab"]')].map((b) => b.textContent);

beforeEach(() => {
  vi.clearAllMocks();
  mocks.queryActive.mockResolvedValue({ id: 7, url: 'https://example.com/' });
  mocks.tabsSendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
  mocks.sendMessage.mockImplementation(async (msg: { type: string }) => (msg.type === 'listArticles' ? [ITEM] : undefined));
  mocks.setOptions.mockImplementation(async (p: object) => p);
});

afterEach(async () => {
  if (container) {
    await act(() => {
      render(null, container!);
    });
    container.remove();
    container = undefined;
  }
  vi.unstubAllGlobals();
});

describe('popup language', () => {
  it('is Vietnamese by default (no stored choice), even in an English browser', async () => {
    mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [] });
    container = await mount(<App initialTab="library" />);
    await until(() => container!.querySelector('.library__title') !== null);
    expect(tabs()).toEqual(['Trang này', 'Thư viện', 'Tùy chọn']);
    expect(container.textContent).toContain('Xuất tất cả');
    expect(container.textContent).toContain('12 chú thích');
    expect(container.querySelector('.filters__province option')!.textContent).toBe('Tất cả (1)');
    expect(document.documentElement.lang).toBe('vi');
  });

  it("renders English labels with uiLanguage 'en'; the article's own words stay Vietnamese", async () => {
    mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [], uiLanguage: 'en' });
    container = await mount(<App initialTab="library" />);
    await until(() => tabs()[1] === 'Library' && container!.querySelector('.library__title') !== null);
    expect(tabs()).toEqual(['This page', 'Library', 'Options']);
    const text = container.textContent!;
    expect(text).toContain('Export all');
    expect(text).toContain('Import from JSON…');
    expect(text).toContain('12 annotations');
    expect(text).not.toContain('Xuất tất cả');
    expect(container.querySelector<HTMLInputElement>('input[type="search"]')!.placeholder).toBe('Search titles, sites, article text…');
    const title = container.querySelector('.library__title')!;
    expect(title.textContent).toBe('Khánh thành cầu mới');
    expect(title.getAttribute('lang')).toBe('vi');
    expect(document.documentElement.lang).toBe('en');
  });

  it("follows the browser with 'auto': English without Vietnamese among its languages", async () => {
    mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [], uiLanguage: 'auto' });
    vi.stubGlobal('navigator', { ...navigator, language: 'de-DE', languages: ['de-DE', 'en'] });
    container = await mount(<App initialTab="library" />);
    await until(() => tabs()[1] === 'Library');
    expect(resolveLang('auto', ['en-US', 'vi'])).toBe('vi'); // a Vietnamese reader with an English browser
    expect(resolveLang('auto', [])).toBe('vi');
    expect(resolveLang('bogus', ['en'])).toBe('vi');
  });

  it('switches language from the options tab and stores the choice', async () => {
    mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [] });
    container = await mount(<App initialTab="options" />);
    await until(() => container!.querySelector('#ui-language') !== null);
    const select = container.querySelector<HTMLSelectElement>('#ui-language')!;
    expect(select.value).toBe('vi');
    await act(() => {
      select.value = 'en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => tabs()[0] === 'This page');
    expect(mocks.setOptions).toHaveBeenCalledWith({ uiLanguage: 'en' });
    await until(() => container!.textContent!.includes('Saved.'));
  });

  it('the English dictionary translates every Vietnamese string', () => {
    // Same keys (the type system checks this too), and no Vietnamese string left in place.
    const strings = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? strings(v) : []));
    const vi = strings(MESSAGES.vi);
    const en = strings(MESSAGES.en);
    expect(en.length).toBe(vi.length);
    // Only names of languages and formats are the same in both.
    const same = vi.filter((s, i) => en[i] === s);
    expect(same).toEqual(['Tiếng Việt', 'English']);
  });
});

describe('stored option', () => {
  it('keeps a valid uiLanguage and drops an invalid one', () => {
    expect(sanitizeOptions({ uiLanguage: 'en' }).uiLanguage).toBe('en');
    expect(sanitizeOptions({ uiLanguage: 'auto' }).uiLanguage).toBe('auto');
    expect(sanitizeOptions({ uiLanguage: 'fr' })).not.toHaveProperty('uiLanguage');
    expect(sanitizeOptions(undefined)).not.toHaveProperty('uiLanguage');
  });
});

describe('page overlay language', () => {
  function shadow(): ShadowRoot {
    const host = document.createElement('div');
    document.body.appendChild(host);
    return host.attachShadow({ mode: 'open' });
  }
  const provincial = { score: 0.9, isProvincial: true, province: 'Thanh Hóa', signals: [] };

  it('legend: Vietnamese by default, English type labels and badge with lang en', () => {
    const vi = createLegend(shadow(), { counts: { PERSON: 2, MONEY: 1 }, provincial, onToggle: () => {} }).element;
    expect([...vi.querySelectorAll('.label')].map((l) => l.textContent)).toEqual(['Người', 'Tiền']);
    expect(vi.querySelector('.badge')!.textContent).toBe('Tin địa phương · Thanh Hóa');

    const en = createLegend(shadow(), { counts: { PERSON: 2, MONEY: 1 }, provincial, onToggle: () => {}, lang: 'en' }).element;
    expect([...en.querySelectorAll('.label')].map((l) => l.textContent)).toEqual(['Person', 'Money']);
    expect(en.querySelector('.badge')!.textContent).toBe('Provincial news · Thanh Hóa');
    expect(en.querySelector('.collapse')!.getAttribute('aria-label')).toBe('Collapse the legend');
    expect(en.lang).toBe('en');
  });

  it('hover card: English type and detail labels, the article text unchanged', () => {
    const mark = document.createElement('soitin-mark');
    mark.textContent = 'HĐND tỉnh';
    document.body.appendChild(mark);
    const span = { start: 0, end: 9, type: 'ORGANIZATION' as const, text: 'HĐND tỉnh', expansion: 'Hội đồng nhân dân tỉnh' };
    const make = (lang?: 'en') =>
      createHoverCard(shadow(), { spanOf: () => span, isVisible: () => true, markTag: 'soitin-mark', lang });

    const vi = make();
    vi.show(mark);
    expect(vi.element.querySelector('.type')!.textContent).toBe('Tổ chức');
    expect(vi.element.querySelector('.detail')!.textContent).toBe('Viết đầy đủ: Hội đồng nhân dân tỉnh');

    const en = make('en');
    en.show(mark);
    expect(en.element.querySelector('.type')!.textContent).toBe('Organisation');
    expect(en.element.querySelector('.detail')!.textContent).toBe('Stands for: Hội đồng nhân dân tỉnh');
    expect(en.element.querySelector('.text')!.textContent).toBe('“HĐND tỉnh”');
    mark.remove();
  });
});
