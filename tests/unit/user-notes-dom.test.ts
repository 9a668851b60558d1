// @vitest-environment happy-dom
// The reader's highlights and notes on the sample page (tests/fixtures/pages/baothanhhoa-2025-11-25):
// a DOM selection becomes article offsets; the toolbar and the note editor send them to the background
// (the real handlers over fake-indexeddb); the note is painted as a USER mark with its note in the hover
// card; on a revisit of a changed page it is re-anchored on its words, and an orphan is never painted.
import 'fake-indexeddb/auto';
import { html, load, rangeOver, seedBody, startOn, textPoint, wireBackground, type BackgroundLink } from './support/sample-page';
import { articleRangeOf } from '../../src/dom/selection';
import { Highlighter } from '../../src/dom/highlighter';

// The platform seam, wired to the REAL background handlers over one fake-indexeddb database.
const bg = vi.hoisted(() => ({ sent: [], route: null, toPage: null }) as BackgroundLink);
vi.mock('../../src/platform', async () =>
  (await import('./support/sample-page')).platformOver(bg, async () => ({ summaryLength: 3, visibleTypes: ['PERSON', 'MONEY'] })),
);

beforeAll(() => wireBackground(bg, 'user-notes-dom'));

beforeEach(() => {
  bg.sent.length = 0;
});

describe('selection → article offsets (dom/selection.ts)', () => {
  it('maps a selection inside one paragraph to the exact article offsets', () => {
    load(html);
    const sel = articleRangeOf(document, seedBody, rangeOver('243 tỷ 609 triệu đồng'));
    expect(sel).toEqual({ start: seedBody.indexOf('243 tỷ 609 triệu đồng'), end: seedBody.indexOf('243 tỷ 609 triệu đồng') + 21, exact: '243 tỷ 609 triệu đồng' });
  });

  it('maps a selection across paragraphs and element boundaries, trimmed, and ignores non-article text', () => {
    load(html);
    const paras = Array.from(document.querySelectorAll('p')).filter((p) => p.textContent!.includes('243 tỷ 609'));
    const r = document.createRange();
    // From the very start of the money paragraph (an element boundary) into the middle of the next one.
    r.setStart(paras[0], 0);
    const next = paras[0].nextElementSibling!;
    const [node] = textPoint(next.textContent!.trim().slice(0, 30));
    r.setEnd(node, node.data.indexOf(next.textContent!.trim().slice(0, 12)) + 12);
    const sel = articleRangeOf(document, seedBody, r)!;
    const paraText = paras[0].textContent!.trim();
    expect(sel.start).toBe(seedBody.indexOf(paraText));
    expect(sel.exact.startsWith(paraText + '\n\n')).toBe(true);
    expect(sel.exact.endsWith(next.textContent!.trim().slice(0, 12))).toBe(true);
    expect(seedBody.slice(sel.start, sel.end)).toBe(sel.exact);

    // Page chrome outside the article (the site's header/title block) maps to nothing.
    const outside = document.createRange();
    outside.selectNodeContents(document.querySelector('header, nav, footer')!);
    expect(articleRangeOf(document, seedBody, outside)).toBeNull();
  });
});

describe('painting a reader highlight', () => {
  it('paints a USER mark without changing the page text, nested with entity marks', () => {
    load(html);
    const text = document.documentElement.textContent;
    const start = seedBody.indexOf('ước đạt 243 tỷ 609 triệu đồng');
    const h = new Highlighter(document);
    const money = seedBody.indexOf('243 tỷ 609 triệu đồng');
    h.paint(seedBody, [
      { start: money, end: money + 21, type: 'MONEY', text: '243 tỷ 609 triệu đồng' },
      { start, end: start + 29, type: 'USER', text: 'ước đạt 243 tỷ 609 triệu đồng', id: 1, note: 'ghi-chú-riêng-của-tôi' },
    ]);
    const marks = Array.from(document.querySelectorAll('soitin-mark[data-type="USER"]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('ước đạt 243 tỷ 609 triệu đồng');
    expect(marks[0].hasAttribute('data-note')).toBe(true);
    // The note's words are NOT in the page DOM (they live in the closed shadow root).
    expect(document.documentElement.innerHTML).not.toContain('ghi-chú-riêng-của-tôi');
    expect(document.documentElement.textContent).toBe(text);
    expect(h.userMarks(1).length).toBe(marks.length);
    h.clear();
    expect(document.querySelectorAll('soitin-mark').length).toBe(0);
  });
});

describe('the content script end to end', () => {
  it('selection → toolbar → note editor → background → painted mark with the note in the hover card; survives a changed revisit', async () => {
    const c = await startOn(html);
    expect(c.state().articleId).toEqual(expect.any(Number));
    const overlay = c.overlay()!;
    const notes = overlay.notes!;

    // The reader selects a phrase: the toolbar appears.
    const phrase = 'vận hành Trung tâm Phục vụ hành chính công xã Hà Trung';
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(rangeOver(phrase));
    notes.checkSelection();
    expect(notes.toolbar.hidden).toBe(false);

    // "Ghi chú" opens the editor; typing and "Lưu" sends the offsets, the exact text and the note.
    (notes.toolbar.querySelector('[data-action="note"]') as HTMLButtonElement).click();
    expect(notes.editor.hidden).toBe(false);
    const textarea = notes.editor.querySelector('textarea')!;
    textarea.value = 'Trung tâm mới, hỏi lại số hồ sơ';
    (Array.from(notes.editor.querySelectorAll('button')).find((b) => b.textContent === 'Lưu') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(notes.editor.hidden).toBe(true));

    const add = bg.sent.find((m) => m.type === 'addUserAnnotation');
    const at = seedBody.indexOf(phrase);
    expect(add).toMatchObject({ type: 'addUserAnnotation', start: at, end: at + phrase.length, exact: phrase, note: 'Trung tâm mới, hỏi lại số hồ sơ' });
    const marks = Array.from(document.querySelectorAll('soitin-mark[data-type="USER"]'));
    expect(marks.map((m) => m.textContent).join('')).toBe(phrase);
    expect(c.state().userAnnotations).toEqual([expect.objectContaining({ text: phrase, note: 'Trung tâm mới, hỏi lại số hồ sơ', orphan: false })]);

    // Hovering the mark shows the note, with edit and delete.
    marks[0].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const card = overlay.shadow.querySelector('.card') as HTMLElement;
    expect(card.hidden).toBe(false);
    expect(card.querySelector('.note')?.textContent).toBe('Trung tâm mới, hỏi lại số hồ sơ');
    expect(card.querySelector('[data-action="edit"]')).not.toBeNull();

    // "Tô sáng" on a second selection stores a plain highlight.
    const second = 'Tổng thu ngân sách nhà nước năm 2025';
    selection.removeAllRanges();
    selection.addRange(rangeOver(second));
    notes.checkSelection();
    (notes.toolbar.querySelector('[data-action="highlight"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(c.state().userAnnotations).toHaveLength(2));
    const plain = c.state().userAnnotations!.find((u) => !u.note)!;
    // Deleted from the popup: the page drops that mark and keeps the other.
    await bg.toPage!({ type: 'forgetUserAnnotation', id: plain.id }, {});
    expect(Array.from(document.querySelectorAll('soitin-mark[data-type="USER"]')).map((m) => m.textContent).join('')).toBe(phrase);
    await bg.toPage!({ type: 'forgetUserAnnotation', id: -1 }, {});
    expect(c.state().userAnnotations).toHaveLength(1);
    c.stop();
    expect(document.querySelectorAll('soitin-mark').length).toBe(0);

    // Revisit after the site changed the article: a paragraph inserted at the top (offsets shift) and
    // the sentence with the plain highlight reworded away.
    const changed = html
      .replace('<div class="article-sapo">', '<div class="article-sapo">Ghi chú của tòa soạn: bài viết được cập nhật lúc 17 giờ với thông tin bổ sung. ')
      .replace('Tổng thu ngân sách nhà nước năm 2025 ước đạt', 'Thu ngân sách cả năm dự kiến khoảng');
    expect(changed).not.toBe(html);
    bg.sent.length = 0;
    const again = await startOn(changed);
    const text = again.state().article!.text;
    const users = again.state().userAnnotations!;
    const note = users.find((u) => u.note)!;
    expect(note).toMatchObject({ orphan: false, start: text.indexOf(phrase), text: phrase });
    expect(text.indexOf(phrase)).not.toBe(at);
    expect(users.find((u) => !u.note)).toMatchObject({ orphan: true, text: second });
    // Only the found note is painted, on its words; the orphan is painted nowhere.
    const painted = Array.from(document.querySelectorAll('soitin-mark[data-type="USER"]'));
    expect(painted.map((m) => m.textContent).join('')).toBe(phrase);
    again.stop();
  });
});
