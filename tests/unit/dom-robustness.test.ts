// Extraction and painting on real-world pages (mozilla/readability fixtures, see
// tests/fixtures/robustness/README.md), in happy-dom and in jsdom: no throw, page text never changes,
// removal restores the DOM, the cheap check agrees with Readability's own verdict.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Window } from 'happy-dom';
import type { Span } from '../../src/core/types';
import { looksLikeArticle } from '../../src/dom/detect';
import { extractArticle } from '../../src/dom/extract';
import { Highlighter } from '../../src/dom/highlighter';

type JsdomCtor = new (html: string, opts?: { url?: string }) => { window: { document: Document; close(): void } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

const DIR = 'tests/fixtures/robustness';
const PAGES = ['bbc-1', 'lemonde-1', 'keep-tabular-data', 'mozilla-2', 'remove-script-tags', 'rtl-1'];

/** Spans every reader would see: the first and last word of each paragraph, and one in the middle. */
function syntheticSpans(text: string): Span[] {
  const spans: Span[] = [];
  const types = ['PERSON', 'LOCATION', 'MONEY'] as const;
  let offset = 0;
  for (const p of text.split('\n\n')) {
    const words = [...p.matchAll(/\S+/g)];
    const picks = new Set([0, words.length >> 1, words.length - 1]);
    let k = 0;
    for (const i of picks) {
      const w = words[i];
      if (!w) continue;
      const start = offset + w.index!;
      spans.push({ start, end: start + w[0].length, type: types[k++ % 3], text: w[0] });
    }
    offset += p.length + 2;
  }
  return spans;
}

const engines: Array<[string, (html: string, url: string) => { doc: Document; close: () => void }]> = [
  [
    'happy-dom',
    (html, url) => {
      const w = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
      w.document.write(html);
      return { doc: w.document as unknown as Document, close: () => void w.happyDOM.close() };
    },
  ],
  [
    'jsdom',
    (html, url) => {
      const dom = new JSDOM(html, { url });
      return { doc: dom.window.document, close: () => dom.window.close() };
    },
  ],
];

describe.each(engines)('robustness pages in %s', (_engine, open) => {
  it.each(PAGES)('%s: check, extract, paint and clear without changing the page', (name) => {
    const html = readFileSync(`${DIR}/${name}.html`, 'utf8');
    const meta = JSON.parse(readFileSync(`${DIR}/${name}.expected-metadata.json`, 'utf8'));
    const url = `https://example.org/${name}/`;
    const { doc, close } = open(html, url);
    try {
      expect(looksLikeArticle(doc)).toBe(meta.readerable);
      const before = doc.documentElement.outerHTML;
      const bodyText = doc.body.textContent;
      const article = extractArticle(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
      if (!meta.readerable && !article) return;
      expect(article).not.toBeNull();
      expect(article!.text.length).toBeGreaterThan(0);
      const spans = syntheticSpans(article!.text);
      const h = new Highlighter(doc);
      const result = h.paint(article!.text, spans);
      // Every paragraph of the extraction is found on the live page for these pages.
      expect(result.missed).toBe(0);
      expect(result.painted).toBe(spans.length);
      for (const m of Array.from(doc.querySelectorAll('soitin-mark'))) {
        expect(m.textContent!.trim().length).toBeGreaterThan(0);
        expect(['TR', 'TBODY', 'THEAD', 'TABLE', 'UL', 'OL', 'SELECT']).not.toContain(m.parentElement!.tagName);
      }
      expect(doc.body.textContent).toBe(bodyText);
      h.clear();
      expect(doc.body.textContent).toBe(bodyText);
      expect(doc.querySelectorAll('soitin-mark').length).toBe(0);
    } finally {
      close();
    }
  });
});
