// Extraction and painting under jsdom (what the CLI uses in Node): same results as in happy-dom.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extractArticle } from '../../src/dom/extract';
import { Highlighter } from '../../src/dom/highlighter';
import type { Span } from '../../src/core/types';

// jsdom ships no type declarations here (no @types/jsdom installed): type the one constructor we use.
type JsdomCtor = new (html: string, opts?: { url?: string }) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

const PAGE = 'tests/fixtures/pages/baothanhhoa-2025-11-25';
const html = readFileSync(`${PAGE}/source.html`, 'utf8');
const expected = JSON.parse(readFileSync(`${PAGE}/expected.json`, 'utf8'));
const seed = readFileSync('tests/fixtures/seed/article.txt', 'utf8');

describe('extractArticle under jsdom', () => {
  const dom = new JSDOM(html, { url: expected.url });
  const doc = dom.window.document;
  const article = extractArticle(doc, expected.url)!;

  it('gives the same title, date and body as in happy-dom', () => {
    expect(article.title).toBe(expected.title);
    expect(article.published).toBe(expected.published);
    expect(article.text).toBe(seed.trim().split('\n\n').slice(1).join('\n\n'));
  });

  it('paints and removes marks without changing the page text', () => {
    const text = article.text;
    const at = text.indexOf('243 tỷ 609 triệu đồng');
    const spans: Span[] = [{ start: at, end: at + 21, type: 'MONEY', text: text.slice(at, at + 21), value: 243609000000, currency: 'VND' }];
    const bodyText = doc.body.textContent;
    const bodyHtml = doc.body.innerHTML;
    const h = new Highlighter(doc);
    const result = h.paint(text, spans);
    expect(result.painted).toBe(1);
    const marks = Array.from(doc.querySelectorAll('soitin-mark'));
    expect(marks.map((m) => m.textContent)).toEqual(['243 tỷ 609 triệu đồng']);
    expect(doc.body.textContent).toBe(bodyText);
    h.clear();
    expect(doc.body.innerHTML).toBe(bodyHtml);
  });
});
