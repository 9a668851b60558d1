// @vitest-environment happy-dom
// Painting spans of the extracted text onto the live page, and removing them again.
import { readFileSync } from 'node:fs';
import type { EntityType, Span } from '../../src/core/types';
import { extractArticle } from '../../src/dom/extract';
import { Highlighter, hideClass } from '../../src/dom/highlighter';
import { alignParagraphs } from '../../src/dom/text-map';

const PAGE = 'tests/fixtures/pages/baothanhhoa-2025-11-25';
const html = readFileSync(`${PAGE}/source.html`, 'utf8');

/** Replaces the test document's <html> with a parsed one's. */
function swapRoot(parsed: Document): void {
  const root = document.importNode(parsed.documentElement, true);
  document.removeChild(document.documentElement);
  document.appendChild(root);
}

/** Loads markup into the test document (the live page) — DOMParser then adopt, no innerHTML of page text. */
function load(source: string): Document {
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  swapRoot(parsed);
  return document;
}

/** A span over the n-th occurrence of `needle` in `text`. */
function spanOf(text: string, needle: string, type: EntityType, n = 0, extra: Partial<Span> = {}): Span {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return { start: at, end: at + needle.length, type, text: needle, ...extra };
}

const markTexts = (doc: Document, type?: string) =>
  Array.from(doc.querySelectorAll(type ? `soitin-mark[data-type="${type}"]` : 'soitin-mark')).map((m) => m.textContent);

describe('Highlighter on the sample page', () => {
  let doc: Document;
  let text: string;
  beforeEach(() => {
    doc = load(html);
    text = extractArticle(doc, 'https://baothanhhoa.vn/x.htm')!.text;
  });

  it('marks exactly the requested texts and leaves the page text unchanged', () => {
    const before = doc.documentElement.textContent;
    const spans = [
      spanOf(text, 'Nguyễn Hồng Phong', 'PERSON'),
      spanOf(text, 'Nguyễn Hồng Phong', 'PERSON', 3),
      spanOf(text, '243 tỷ 609 triệu đồng', 'MONEY', 0, { value: 243609000000, currency: 'VND' }),
    ];
    const result = new Highlighter(doc).paint(text, spans);
    expect(result).toMatchObject({ painted: 3, missed: 0 });
    expect(markTexts(doc, 'PERSON')).toEqual(['Nguyễn Hồng Phong', 'Nguyễn Hồng Phong']);
    expect(markTexts(doc, 'MONEY')).toEqual(['243 tỷ 609 triệu đồng']);
    // The money mark sits in the paragraph that has it, not in a teaser or the tags.
    const money = doc.querySelector('soitin-mark[data-type="MONEY"]')!;
    expect(money.closest('p')!.textContent).toContain('Tổng thu ngân sách nhà nước năm 2025 ước đạt');
    expect(doc.documentElement.textContent).toBe(before);
  });

  it('restores the DOM exactly on removal, keeping the original text node objects', () => {
    const beforeHtml = doc.documentElement.outerHTML;
    const firstP = doc.querySelector('.article-content p')!;
    const originalNode = firstP.firstChild as Text;
    const h = new Highlighter(doc);
    h.paint(text, [spanOf(text, 'Ban Tổ chức Tỉnh ủy', 'ORGANIZATION'), spanOf(text, 'Sở Tài chính', 'ORGANIZATION')]);
    expect(firstP.childNodes.length).toBeGreaterThan(1);
    h.clear();
    expect(doc.querySelectorAll('soitin-mark').length).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(beforeHtml);
    expect(firstP.firstChild).toBe(originalNode);
    expect(firstP.childNodes.length).toBe(1);
  });

  it('nests a span inside another of a different type', () => {
    const org = spanOf(text, 'Trung tâm Phục vụ hành chính công xã Hà Trung', 'ORGANIZATION');
    const loc: Span = { start: org.end - 'xã Hà Trung'.length, end: org.end, type: 'LOCATION', text: 'xã Hà Trung' };
    const before = doc.documentElement.textContent;
    new Highlighter(doc).paint(text, [loc, org]);
    const outer = doc.querySelector('soitin-mark[data-type="ORGANIZATION"]')!;
    const inner = outer.querySelector('soitin-mark[data-type="LOCATION"]')!;
    expect(outer.textContent).toBe(org.text);
    expect(inner.textContent).toBe('xã Hà Trung');
    expect(doc.documentElement.textContent).toBe(before);
  });

  it('hides a type with one class on <html> and shows it again', () => {
    const h = new Highlighter(doc);
    h.paint(text, [spanOf(text, 'Nguyễn Hồng Phong', 'PERSON')]);
    h.setTypeVisible('PERSON', false);
    expect(doc.documentElement.classList.contains(hideClass('PERSON'))).toBe(true);
    expect(h.isTypeVisible('PERSON')).toBe(false);
    h.setTypeVisible('PERSON', true);
    expect(doc.documentElement.classList.contains(hideClass('PERSON'))).toBe(false);
  });

  it('reports spans whose paragraph is not on the page instead of marking something else', () => {
    const bogus = text + '\n\nMột đoạn không có trên trang.';
    const span = spanOf(bogus, 'không có trên trang', 'QUANTITY');
    expect(new Highlighter(doc).paint(bogus, [span])).toMatchObject({ painted: 0, missed: 1 });
    expect(doc.querySelectorAll('soitin-mark').length).toBe(0);
  });
});

describe('Highlighter on awkward markup', () => {
  it('splits a span across inline elements and never wraps whitespace-only nodes', () => {
    const doc = load(`<html><body><article>
      <p>Ông <b>Nguyễn</b>
         <i>Hồng Phong</i> phát biểu.</p>
      <table><tbody>
        <tr>
          <td>Hà Trung</td>
          <td>243 tỷ đồng</td>
        </tr>
      </tbody></table>
      <ul>
        <li>Tống Sơn</li>
      </ul></article></body></html>`);
    const text = 'Ông Nguyễn Hồng Phong phát biểu.\n\nHà Trung\n\n243 tỷ đồng\n\nTống Sơn';
    const before = doc.body.textContent;
    const beforeHtml = doc.body.innerHTML;
    const h = new Highlighter(doc);
    h.paint(text, [
      spanOf(text, 'Nguyễn Hồng Phong', 'PERSON'),
      spanOf(text, 'Hà Trung', 'LOCATION'),
      spanOf(text, '243 tỷ đồng', 'MONEY'),
      spanOf(text, 'Tống Sơn', 'LOCATION'),
    ]);
    expect(markTexts(doc, 'PERSON')).toEqual(['Nguyễn', 'Hồng Phong']);
    for (const m of Array.from(doc.querySelectorAll('soitin-mark'))) {
      expect(m.textContent!.trim()).not.toBe('');
      expect(['TR', 'TBODY', 'TABLE', 'UL', 'OL']).not.toContain(m.parentElement!.tagName);
    }
    expect(markTexts(doc, 'LOCATION')).toEqual(['Hà Trung', 'Tống Sơn']);
    expect(doc.body.textContent).toBe(before);
    h.clear();
    expect(doc.body.innerHTML).toBe(beforeHtml);
  });

  it('matches text across NBSP, line breaks and zero-width characters', () => {
    const doc = load('<html><body><p>Tổng thu đạt 243&nbsp;tỷ\n   609 triệu\u200b đồng.</p></body></html>');
    const text = 'Tổng thu đạt 243 tỷ 609 triệu đồng.';
    const before = doc.body.textContent;
    new Highlighter(doc).paint(text, [spanOf(text, '243 tỷ 609 triệu đồng', 'MONEY')]);
    const marked = markTexts(doc, 'MONEY').join('');
    expect(marked.replace(/[\s\u00a0\u200b]+/g, ' ')).toBe('243 tỷ 609 triệu đồng');
    expect(doc.body.textContent).toBe(before);
  });

  it('treats markup-looking page text as text: no element is ever created from it', () => {
    const doc = load('<html><body><h1>Tin</h1><p>Chuỗi &lt;script&gt;alert(1)&lt;/script&gt; và &lt;img src=x onerror=alert(2)&gt; của ông Nguyễn Hồng Phong.</p></body></html>');
    const article = extractArticle(doc, 'https://baothanhhoa.vn/a.htm');
    const text = article?.text ?? 'Chuỗi <script>alert(1)</script> và <img src=x onerror=alert(2)> của ông Nguyễn Hồng Phong.';
    expect(text).toContain('<script>alert(1)</script>');
    const scripts = doc.querySelectorAll('script, img').length;
    const before = doc.body.textContent;
    new Highlighter(doc).paint(text, [
      spanOf(text, '<script>alert(1)</script>', 'ORGANIZATION'),
      spanOf(text, 'Nguyễn Hồng Phong', 'PERSON'),
    ]);
    expect(doc.querySelectorAll('script, img').length).toBe(scripts);
    expect(markTexts(doc, 'ORGANIZATION')).toEqual(['<script>alert(1)</script>']);
    expect(doc.body.textContent).toBe(before);
  });

  it('paints many spans on a huge page and restores it', () => {
    const para = (i: number) =>
      `Đoạn ${i}: đồng chí Nguyễn Hồng Phong làm việc tại xã Hà Trung, tổng thu ngân sách ước đạt ${i} tỷ đồng, tăng ${i % 90}% so với cùng kỳ.`;
    const count = 3000;
    const parsed = new DOMParser().parseFromString('<html><body><article></article></body></html>', 'text/html');
    const art = parsed.querySelector('article')!;
    for (let i = 0; i < count; i++) {
      const p = parsed.createElement('p');
      p.textContent = para(i);
      art.append(p);
    }
    swapRoot(parsed);
    const text = Array.from({ length: count }, (_, i) => para(i)).join('\n\n');
    const spans: Span[] = [];
    let offset = 0;
    for (let i = 0; i < count; i++) {
      const p = para(i);
      const a = p.indexOf('Nguyễn Hồng Phong');
      const b = p.indexOf(`${i} tỷ đồng`);
      spans.push({ start: offset + a, end: offset + a + 17, type: 'PERSON', text: 'Nguyễn Hồng Phong' });
      spans.push({ start: offset + b, end: offset + b + `${i} tỷ đồng`.length, type: 'MONEY', text: `${i} tỷ đồng` });
      offset += p.length + 2;
    }
    const before = document.body.textContent;
    const h = new Highlighter(document);
    expect(h.paint(text, spans)).toMatchObject({ painted: 2 * count, missed: 0 });
    expect(document.body.textContent).toBe(before);
    expect(document.querySelectorAll('soitin-mark').length).toBe(2 * count);
    h.clear();
    expect(document.querySelectorAll('soitin-mark').length).toBe(0);
    expect(document.body.textContent).toBe(before);
  });
});

describe('alignParagraphs', () => {
  it('prefers the occurrence next to the rest of the article over an earlier teaser', () => {
    const live = 'Đọc nhiều Các đại biểu tham dự. Menu Đoạn mở đầu dài của bài báo này. Các đại biểu tham dự. Kết bài.';
    const found = alignParagraphs(['Đoạn mở đầu dài của bài báo này.', 'Các đại biểu tham dự.', 'Kết bài.'], live);
    expect(found[1]).toBe(live.lastIndexOf('Các đại biểu tham dự.'));
    const teaserFirst = alignParagraphs(['Các đại biểu tham dự.', 'Đoạn mở đầu dài của bài báo này.'], 'Các đại biểu tham dự. x Các đại biểu tham dự. Đoạn mở đầu dài của bài báo này.');
    expect(teaserFirst[0]).toBe(24);
  });
});
