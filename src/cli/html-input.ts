// HTML input: parse with jsdom and run the same article extraction as the content script
// (src/dom/detect.ts looksLikeArticle, src/dom/extract.ts extractArticle), so the CLI sees the text the
// extension would analyse. jsdom and the DOM code are loaded on demand: text and JSONL runs never pay
// for them (jsdom alone takes a few hundred milliseconds to load).
import type { ExtractedArticle } from '../shared/records';
import { CliError } from './errors';

export interface HtmlArticle {
  isArticle: boolean;
  title?: string;
  published?: string;
  text: string;
}

/** Elements whose text is never article text. */
const NON_TEXT = 'script, style, noscript, template, svg, iframe';

/** The slice of jsdom's API used here (the project has no @types/jsdom). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string }) => { window: { document: Document; close(): void } };
}

export async function articleFromHtml(html: string, url: string): Promise<HtmlArticle> {
  // @ts-ignore -- jsdom ships no types and @types/jsdom is not installed; JsdomModule types what we use.
  const { JSDOM } = (await import('jsdom')) as JsdomModule;
  let extractArticle: (doc: Document, url: string) => ExtractedArticle | null;
  let looksLikeArticle: (doc: Document) => boolean;
  try {
    ({ extractArticle } = await import('../dom/extract'));
    ({ looksLikeArticle } = await import('../dom/detect'));
  } catch (err) {
    throw new CliError(`HTML input needs the article extractor (src/dom/extract.ts), which failed to load: ${(err as Error).message}`);
  }
  // No scripts run and no resources load: page content is data here, exactly as in the extension.
  const dom = new JSDOM(html, { url });
  try {
    const doc = dom.window.document;
    const isArticle = looksLikeArticle(doc);
    const article = extractArticle(doc, url);
    if (article && article.text.trim()) {
      return { isArticle, title: article.title || undefined, published: article.published, text: article.text };
    }
    // Not an article the extractor accepts: still analyse the visible text, but say isArticle=false.
    return { isArticle: false, title: doc.title.trim() || undefined, text: bodyText(doc) };
  } finally {
    dom.window.close();
  }
}

/** The page's visible-ish text, one paragraph per non-empty line. */
function bodyText(doc: Document): string {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return '';
  for (const el of Array.from(body.querySelectorAll(NON_TEXT))) el.remove();
  return (body.textContent ?? '')
    .split(/\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
