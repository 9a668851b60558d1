// @vitest-environment happy-dom
// The popup's "Ghi chú của bạn" section: the reader's highlights/notes of the current article, a click
// scrolls the page to one, orphans are marked "không tìm thấy trên trang" and offer no scrolling; the
// library row names the reader's own count.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ENTITY_TYPES } from '../../src/core/types';
import type { PageState } from '../../src/shared/messages';
import type { ArticleListItem } from '../../src/shared/records';

const mocks = vi.hoisted(() => ({ sendMessage: vi.fn(), tabsSendMessage: vi.fn(), queryActive: vi.fn(), getOptions: vi.fn() }));
vi.mock('../../src/platform', () => ({
  platform: {
    sendMessage: mocks.sendMessage,
    tabs: { queryActive: mocks.queryActive, sendMessage: mocks.tabsSendMessage, open: vi.fn() },
    storage: { getOptions: mocks.getOptions, setOptions: vi.fn() },
    runtimeUrl: (p: string) => p,
  },
}));

import { App } from '../../popup/components/App';
import { Library } from '../../popup/components/Library';
import { ORPHAN_LABEL } from '../../popup/components/UserNotes';
import { until } from './support/render';

const TEXT = 'Xã Hà Trung thu ngân sách 243 tỷ đồng.\n\nHai xã cùng tăng thu.';
const state: PageState = {
  isArticle: true,
  lang: 'vi',
  articleId: 1,
  article: { url: 'https://baothanhhoa.vn/a.htm', site: 'baothanhhoa.vn', title: 'Bài thử', text: TEXT },
  analysis: { lang: 'vi', provincial: { score: 0.5, isProvincial: false, signals: [] }, entities: [], summary: [] },
  userAnnotations: [
    { id: 3, text: '243 tỷ đồng', note: 'đối chiếu dự toán', start: 26, end: 37, orphan: false },
    { id: 4, text: 'Xã Tống Sơn đạt 120 tỷ', note: 'đoạn đã bị xóa', start: 40, end: 62, orphan: true },
  ],
};


let container: HTMLElement;
beforeEach(() => {
  vi.clearAllMocks();
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

it('lists the reader notes; a click scrolls the page; an orphan is marked and not clickable', async () => {
  mocks.queryActive.mockResolvedValue({ id: 9 });
  mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [...ENTITY_TYPES] });
  mocks.tabsSendMessage.mockImplementation(async (_t: number, msg: { type: string }) => (msg.type === 'getPageState' ? state : { ok: true }));
  await act(() => render(<App />, container));
  await until(() => container.querySelectorAll('.user-note').length === 2);

  const section = container.querySelector('[aria-labelledby="h-user-notes"]')!;
  expect(section.querySelector('h3')?.textContent).toBe('Ghi chú của bạn');
  const [found, orphan] = [...section.querySelectorAll('.user-note')];
  expect(found.textContent).toContain('đối chiếu dự toán');
  expect(found.textContent).not.toContain(ORPHAN_LABEL);
  await act(() => (found.querySelector('button') as HTMLButtonElement).click());
  expect(mocks.tabsSendMessage).toHaveBeenCalledWith(9, { type: 'scrollToRange', start: 26, end: 37 });

  expect(orphan.textContent).toContain(ORPHAN_LABEL);
  expect(orphan.textContent).toContain('đoạn đã bị xóa');
  expect(orphan.querySelector('button.user-note__quote')).toBeNull();
});

it('deletes a note (an orphan too) after an inline confirmation and tells the page to drop its mark', async () => {
  mocks.queryActive.mockResolvedValue({ id: 9 });
  mocks.getOptions.mockResolvedValue({ summaryLength: 3, visibleTypes: [...ENTITY_TYPES] });
  mocks.tabsSendMessage.mockImplementation(async (_t: number, msg: { type: string }) => (msg.type === 'getPageState' ? state : { ok: true }));
  mocks.sendMessage.mockResolvedValue({ deleted: true });
  await act(() => render(<App />, container));
  await until(() => container.querySelectorAll('.user-note').length === 2);
  const orphan = container.querySelector('.user-note--orphan')!;
  await act(() => (orphan.querySelector('button.user-note__delete') as HTMLButtonElement).click());
  expect(mocks.sendMessage).not.toHaveBeenCalledWith({ type: 'deleteUserAnnotation', id: 4 });
  const confirm = orphan.querySelector('[aria-label="Xác nhận xóa ghi chú"] button.danger') as HTMLButtonElement;
  await act(() => confirm.click());
  await until(() => container.querySelectorAll('.user-note').length === 1);
  expect(mocks.sendMessage).toHaveBeenCalledWith({ type: 'deleteUserAnnotation', id: 4 });
  expect(mocks.tabsSendMessage).toHaveBeenCalledWith(9, { type: 'forgetUserAnnotation', id: 4 });
  expect(container.textContent).not.toContain('đoạn đã bị xóa');
});

it('the library row counts the reader annotations', async () => {
  const item: ArticleListItem = {
    id: 1, key: 'k', url: 'https://baothanhhoa.vn/a.htm', site: 'baothanhhoa.vn', title: 'Bài thử', isProvincial: false,
    provincialScore: 0, textHash: 'h', text: TEXT, analyzedAt: 1, createdAt: 1, annotationCount: 5, userAnnotationCount: 2,
  };
  mocks.sendMessage.mockImplementation(async (msg: { type: string }) => (msg.type === 'listArticles' ? [item] : undefined));
  await act(() => render(<Library />, container));
  await until(() => !!container.querySelector('.library__item'));
  expect(container.querySelector('.library__item .meta')?.textContent).toContain('5 chú thích · 2 ghi chú của bạn');
});
