// Cheap "is this page one article?" check, run before the expensive Readability parse. It reads only
// metadata and paragraph lengths (no layout), so a home page or a search page costs almost nothing.
import { isProbablyReaderable } from '@mozilla/readability';
import { jsonLdArticle, metaContent } from './page-meta';

/** Paragraph text (in <p> of at least MIN_P_CHARS) that makes a declared article believable. */
const MIN_TEXT_DECLARED = 200;
/** Shorter <p> are menus, bylines and captions; they do not count as article text. */
const MIN_P_CHARS = 40;
/** Stop counting once this much text is seen: the decision is made, and huge pages stay cheap. */
const COUNT_CAP = 5000;

export interface ArticleSignals {
  ogArticle: boolean;
  jsonLdArticle: boolean;
  articleElement: boolean;
  h1: boolean;
  /** Characters of paragraph text (capped at COUNT_CAP). */
  paragraphChars: number;
}

export function articleSignals(doc: Document): ArticleSignals {
  let paragraphChars = 0;
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < ps.length && paragraphChars < COUNT_CAP; i++) {
    const n = (ps[i].textContent ?? '').trim().length;
    if (n >= MIN_P_CHARS) paragraphChars += n;
  }
  return {
    ogArticle: /article/i.test(metaContent(doc, 'og:type') ?? ''),
    jsonLdArticle: !!jsonLdArticle(doc),
    articleElement: !!doc.querySelector('article'),
    h1: !!doc.querySelector('h1'),
    paragraphChars,
  };
}

/**
 * True when the page is probably one article worth extracting: declared as an article (og:type, JSON-LD)
 * with some text, or else Readability's own cheap verdict (long paragraphs). "An <h1> plus enough <p>
 * text" alone is not trusted: product and landing pages have both (mozilla-2 in the robustness set).
 */
export function looksLikeArticle(doc: Document): boolean {
  if (!doc.body) return false;
  const s = articleSignals(doc);
  if ((s.ogArticle || s.jsonLdArticle) && s.paragraphChars >= MIN_TEXT_DECLARED) return true;
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}
