// @vitest-environment happy-dom
// Extraction of the sample Báo Thanh Hóa page (happy-dom here; jsdom in dom-extract-jsdom.test.ts).
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/dom/extract';
import { looksLikeArticle } from '../../src/dom/detect';
import { cleanTitle, parseViDate, publishedDate } from '../../src/dom/page-meta';

const PAGE = 'tests/fixtures/pages/baothanhhoa-2025-11-25';
const html = readFileSync(`${PAGE}/source.html`, 'utf8');
const expected = JSON.parse(readFileSync(`${PAGE}/expected.json`, 'utf8'));
const seed = readFileSync('tests/fixtures/seed/article.txt', 'utf8');

function parse(source: string): Document {
  return new DOMParser().parseFromString(source, 'text/html');
}

describe('extractArticle on the Báo Thanh Hóa sample page', () => {
  const doc = parse(html);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc, expected.url)!;

  it('finds the article with its metadata', () => {
    expect(article).not.toBeNull();
    expect(article.title).toBe(expected.title);
    expect(article.published).toBe(expected.published);
    expect(article.published!.slice(0, 10)).toBe('2025-11-25');
    expect(article.canonicalUrl).toBe(expected.url);
    expect(article.site).toBe('baothanhhoa.vn');
    expect(article.declaredLang).toBe('vi');
  });

  it('returns the body as the seed paragraphs, title excluded, captions kept in place', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe(expected.firstParagraph);
    expect(paragraphs[paragraphs.length - 1]).toBe(expected.lastParagraph);
    // Byte-identical to the seed minus its title line: gold offsets shift by a constant.
    const seedBody = seed.trim().split('\n\n').slice(1).join('\n\n');
    expect(article.text).toBe(seedBody);
    expect(article.text).not.toContain(expected.title);
  });

  it('leaves out menu, TTS widget, byline, tags, related news, comments and footer', () => {
    for (const junk of expected.absent as string[]) expect(article.text).not.toContain(junk);
  });

  it('does not modify the page it reads', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is recognised as an article by the cheap check', () => {
    expect(looksLikeArticle(doc)).toBe(true);
  });
});

describe('cheap check and metadata helpers', () => {
  it('rejects a home page made of links and short teasers', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/a${i}">Tin số ${i}</a></li>`).join('');
    const doc = parse(`<html lang="vi"><head><meta property="og:type" content="website"></head><body><h1>Báo Thanh Hóa</h1><ul>${links}</ul></body></html>`);
    expect(looksLikeArticle(doc)).toBe(false);
  });

  it('reads a printed Vietnamese date line when the page declares no date', () => {
    const doc = parse('<html><body><h1>Tin</h1><div class="post-date">Chủ nhật, 02/03/2025 - 14:05</div><p>x</p></body></html>');
    expect(publishedDate(doc)).toBe('2025-03-02T14:05:00+07:00');
    expect(parseViDate('Cập nhật 5/1/2024')).toBe('2024-01-05');
    expect(parseViDate('33/13/2024')).toBeUndefined();
  });

  it('strips site names from titles but keeps a colon that belongs to the headline', () => {
    expect(cleanTitle('Thanh Hóa: 5 xã đạt chuẩn - Báo Thanh Hóa', ['Báo Thanh Hóa'], 'baothanhhoa.vn')).toBe('Thanh Hóa: 5 xã đạt chuẩn');
    expect(cleanTitle('Khai mạc hội chợ | baothanhhoa.vn', [], 'baothanhhoa.vn')).toBe('Khai mạc hội chợ');
    expect(cleanTitle('Giá lúa tăng – Kinh tế – Tạp chí Nông thôn', [], 'x.vn')).toBe('Giá lúa tăng – Kinh tế');
  });
});
