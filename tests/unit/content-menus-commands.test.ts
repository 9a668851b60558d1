// @vitest-environment happy-dom
// Context-menu and keyboard-command requests, page side, on the sample page (Báo Thanh Hóa) with the
// platform mocked and the REAL background handlers over fake-indexeddb: the toggle-highlights shortcut
// hides and restores everything Soi Tin shows; the selection menu items store what the toolbar would.
import 'fake-indexeddb/auto';
import { html, rangeOver, startOn, wireBackground, type BackgroundLink } from './support/sample-page';
import { NOT_ARTICLE_SELECTION } from '../../src/dom/overlay/note-editor';
import { ALL_HIDDEN_CLASS } from '../../src/dom/overlay/visibility';

function select(range: Range): void {
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

const bg = vi.hoisted(() => ({ sent: [], route: null, toPage: null }) as BackgroundLink);
// LOCATION is off in the reader's options: the toggle must bring that choice back unchanged.
vi.mock('../../src/platform', async () =>
  (await import('./support/sample-page')).platformOver(bg, async () => ({ summaryLength: 3, visibleTypes: ['PERSON', 'MONEY'] })),
);

beforeAll(() => wireBackground(bg, 'content-menus'));

beforeEach(() => {
  bg.sent.length = 0;
});

const ask = (msg: unknown) => bg.toPage!(msg, {});
/**
 * The element's computed style now. happy-dom caches computed styles per element and drops the cache
 * only when that element itself changes, not when a class on <html> does: touching an attribute (and
 * putting it back) makes it recompute, as a browser would anyway.
 */
const shown = (el: Element) => {
  el.toggleAttribute('data-restyle');
  el.toggleAttribute('data-restyle');
  return getComputedStyle(el);
};

describe('toggle-highlights command (page side)', () => {
  it('hides every mark and the legend with one class, leaves the text alone, and restores the same state', async () => {
    const c = await startOn(html);
    const root = document.documentElement;
    const person = document.querySelector('soitin-mark[data-type="PERSON"]')!;
    const host = document.querySelector('soitin-overlay')!;
    const marks = document.querySelectorAll('soitin-mark').length;
    const text = root.textContent;
    const classesBefore = root.className;
    const tint = shown(person).backgroundColor;
    expect(tint).not.toBe('transparent');
    expect(shown(host).display).not.toBe('none');
    expect(classesBefore).toContain('soitin-hide-location');

    expect(await ask({ type: 'toggleHighlights' })).toEqual({ ok: true, hidden: true });
    expect(root.classList.contains(ALL_HIDDEN_CLASS)).toBe(true);
    expect(shown(person).backgroundColor).toBe('transparent');
    expect(shown(host).display).toBe('none');
    // Nothing was unpainted or rewritten: the same marks, the same page text.
    expect(document.querySelectorAll('soitin-mark').length).toBe(marks);
    expect(root.textContent).toBe(text);

    expect(await ask({ type: 'toggleHighlights' })).toEqual({ ok: true, hidden: false });
    expect(root.className).toBe(classesBefore);
    expect(shown(person).backgroundColor).toBe(tint);
    expect(shown(host).display).not.toBe('none');
    expect(root.textContent).toBe(text);
    // The per-type switches were not touched either.
    expect(c.overlay()!.legend!.element.querySelector('[data-type="PERSON"]')!.getAttribute('aria-checked')).toBe('true');
    c.stop();
  });

  it('stop() leaves no hidden-class behind', async () => {
    const c = await startOn(html);
    await ask({ type: 'toggleHighlights' });
    c.stop();
    expect(document.documentElement.classList.contains(ALL_HIDDEN_CLASS)).toBe(false);
  });
});

describe('selection context-menu items (page side)', () => {
  it('"tô sáng đoạn đã chọn" stores and paints the selection exactly as the toolbar button does', async () => {
    const c = await startOn(html);
    const text = c.state().article!.text;
    const phrase = 'vận hành Trung tâm Phục vụ hành chính công xã Hà Trung';
    select(rangeOver(phrase));
    expect(await ask({ type: 'annotateSelection', note: false })).toEqual({ ok: true });
    const add = bg.sent.find((m) => m.type === 'addUserAnnotation');
    expect(add).toEqual({ type: 'addUserAnnotation', articleId: c.state().articleId, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, exact: phrase });
    const painted = Array.from(document.querySelectorAll('soitin-mark[data-type="USER"]')).map((m) => m.textContent).join('');
    expect(painted).toBe(phrase);
    // As after the button: the selection is cleared and the toolbar is gone.
    expect(document.getSelection()!.isCollapsed || document.getSelection()!.rangeCount === 0).toBe(true);
    expect(c.overlay()!.notes!.toolbar.hidden).toBe(true);
    c.stop();
  });

  it('"ghi chú cho đoạn đã chọn…" opens the note editor on the selection, even when Soi Tin was hidden', async () => {
    const c = await startOn(html);
    await ask({ type: 'toggleHighlights' });
    const phrase = 'Tổng thu ngân sách nhà nước năm 2025';
    select(rangeOver(phrase));
    expect(await ask({ type: 'annotateSelection', note: true })).toEqual({ ok: true });
    const notes = c.overlay()!.notes!;
    expect(notes.editor.hidden).toBe(false);
    expect(notes.editor.textContent).toContain(phrase);
    // The editor lives in the overlay: it must be displayed, so Soi Tin is shown again.
    expect(shown(document.querySelector('soitin-overlay')!).display).not.toBe('none');
    expect(bg.sent.some((m) => m.type === 'addUserAnnotation')).toBe(false);

    notes.editor.querySelector('textarea')!.value = 'kiểm tra số liệu';
    (Array.from(notes.editor.querySelectorAll('button')).find((b) => b.textContent === 'Lưu') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(notes.editor.hidden).toBe(true));
    expect(bg.sent.find((m) => m.type === 'addUserAnnotation')).toMatchObject({ exact: phrase, note: 'kiểm tra số liệu' });
    expect(c.state().userAnnotations).toContainEqual(expect.objectContaining({ text: phrase, note: 'kiểm tra số liệu', orphan: false }));
    c.stop();
  });

  it('a selection outside the article text is refused with a sentence, and nothing is stored', async () => {
    const c = await startOn(html);
    const outside = document.createRange();
    outside.selectNodeContents(document.querySelector('header, nav, footer')!);
    select(outside);
    expect(await ask({ type: 'annotateSelection', note: false })).toEqual({ ok: false, error: NOT_ARTICLE_SELECTION });
    document.getSelection()!.removeAllRanges();
    expect(await ask({ type: 'annotateSelection', note: true })).toEqual({ ok: false, error: NOT_ARTICLE_SELECTION });
    expect(bg.sent.some((m) => m.type === 'addUserAnnotation')).toBe(false);
    c.stop();
  });

  it('on a page that is not an article the request is answered, not ignored', async () => {
    const { NO_ARTICLE_HERE } = await import('../../content-scripts/article-controller');
    const c = await startOn('<html lang="vi"><head><title>Trang chủ</title></head><body><p>Chào bạn</p></body></html>');
    select(rangeOver('Chào bạn'));
    expect(await ask({ type: 'annotateSelection', note: false })).toEqual({ ok: false, error: NO_ARTICLE_HERE });
    c.stop();
  });
});
