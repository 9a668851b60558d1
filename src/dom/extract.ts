// Extracts the article from a page: title, date, canonical URL and the body as plain paragraphs.
// Runs Readability on a CLONE (Readability mutates the document it is given), then turns its output into
// paragraphs with the same text rules as the live-page map (text-walk.ts), so every paragraph of
// `text` can later be found verbatim on the live page. Free of extension APIs: the CLI (Node + jsdom)
// and the content script (any browser) call the same function.
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../shared/records';
import { canonicalUrl, cleanTitle, jsonLdArticle, metaContent, publishedDate, siteNames, siteOf } from './page-meta';
import { collapseText, paragraphsOf } from './text-walk';

/**
 * Widgets of Vietnamese news pages that Readability may keep (they often sit inside the article element):
 * text-to-speech players, related-news boxes, tag lists, share bars, comment forms.
 */
const WIDGET_SELECTOR = [
  '[class*="tts" i]', '[id*="tts" i]', '[data-role="text-to-speech"]', '[class*="audio" i]', '[class*="speech" i]',
  '[class*="related" i]', '[class*="lien-quan" i]', '[class*="tinlienquan" i]', '[class*="tags" i]', '[class~="tag"]',
  '[class*="share" i]', '[class*="social" i]', '[class*="comment" i]', '[class*="binh-luan" i]', '[class*="breadcrumb" i]',
].join(',');
/** A widget match holding more than this share of the page's text is the article itself: keep it. */
const WIDGET_MAX_SHARE = 0.25;

/** Lead paragraph ("sapo") containers of Vietnamese CMSs; some templates keep it outside the body. */
const SAPO_SELECTOR = '[class*="sapo" i], [class*="chapeau" i], [class*="lead" i][class*="detail" i], .article-summary, .detail__summary';

/** Whole paragraphs that are interface labels, not article text. */
const UI_LABEL_RE =
  /^(nghe bài( viết)?|đọc bài|tốc độ( đọc)?|giọng (nam|nữ)|\d{1,2}:\d{2}(\s*\/\s*\d{1,2}:\d{2})?|\d(?:[.,]\d+)?x|chia sẻ|in bài( viết)?|lưu bài|bình luận|ý kiến bạn đọc|tin liên quan|bài liên quan|từ khóa:?|tags?:?|theo dõi .{1,40} trên google news|zalo|facebook|lượt xem:? [\d.,]+)$/iu;
/** A printed date line ("Thứ ba, 25/11/2025 08:15", "25/11/2025 | 08:15 GMT+7"): metadata, not text. */
const DATE_LINE_RE =
  /^((thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s*(ngày\s*)?)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}([\s,|-]*\d{1,2}[:h]\d{2}(:\d{2})?)?(\s*\(?gmt\s*\+\s*7\)?)?$/iu;
/** A byline as the last paragraph: "Minh Hằng", "Bài và ảnh: Minh Hằng", "Lê Hợi (Theo TTXVN)". */
const BYLINE_RE =
  /^((bài|tin|ảnh|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|nhóm phóng viên)\s*:\s*)?\p{Lu}[\p{L}.]*(\s+\p{Lu}[\p{L}.]*){0,4}(\s*[-–,]\s*\p{Lu}[\p{L}.]*(\s+\p{Lu}[\p{L}.]*){0,4})*(\s*\([^)]{1,40}\))?$/u;
const BYLINE_MAX_CHARS = 60;

type ReadabilityResult = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** Removes widget elements from the clone, unless one of them is (most of) the page. */
function removeWidgets(clone: Document): void {
  const total = (clone.body?.textContent ?? '').length || 1;
  for (const el of Array.from(clone.querySelectorAll(WIDGET_SELECTOR))) {
    if (!el.isConnected || el === clone.body || el === clone.documentElement) continue;
    if ((el.textContent ?? '').length / total <= WIDGET_MAX_SHARE) el.remove();
  }
}

function runReadability(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  removeWidgets(clone);
  // serializer returning the element itself: we walk Readability's DOM instead of re-parsing its HTML.
  return new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
}

function bylineNames(doc: Document, r: ReadabilityResult): string[] {
  const names = [r.byline, metaContent(doc, 'author', 'article:author', 'dable:author')];
  const author = jsonLdArticle(doc)?.author;
  for (const a of Array.isArray(author) ? author : [author]) {
    if (a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string') names.push((a as { name: string }).name);
  }
  return names.filter((n): n is string => !!n).map((n) => collapseText(n).toLowerCase());
}

/** Drops labels, the title, date lines and a trailing byline from the paragraph list. */
function cleanParagraphs(paragraphs: string[], title: string, bylines: string[]): string[] {
  const lowTitle = title.toLowerCase();
  const kept = paragraphs.filter((p) => {
    const low = p.toLowerCase();
    return low !== lowTitle && !UI_LABEL_RE.test(p) && !DATE_LINE_RE.test(p);
  });
  // Bylines sit at the end (sometimes followed by a source line); only look there.
  for (let k = 0; k < 2 && kept.length > 1; k++) {
    const last = kept[kept.length - 1];
    const low = last.toLowerCase();
    const known = bylines.some((b) => b && (low === b || low.endsWith(': ' + b)));
    if (known || (last.length <= BYLINE_MAX_CHARS && BYLINE_RE.test(last))) kept.pop();
    else break;
  }
  return kept;
}

/** The page's lead paragraph when Readability left it out (it often sits outside the body container). */
function missingSapo(doc: Document, paragraphs: string[]): string | undefined {
  const el = doc.querySelector(SAPO_SELECTOR);
  if (!el) return undefined;
  const sapo = paragraphsOf(el).join(' ');
  if (sapo.length < 40 || paragraphs.some((p) => p.includes(sapo) || sapo.includes(p) && p.length > sapo.length / 2)) {
    return undefined;
  }
  return sapo;
}

function pickTitle(doc: Document, r: ReadabilityResult, host: string): string {
  const sites = siteNames(doc);
  const ld = jsonLdArticle(doc)?.headline;
  const candidates = [
    metaContent(doc, 'og:title', 'twitter:title'),
    typeof ld === 'string' ? ld : undefined,
    doc.querySelector('h1')?.textContent ?? undefined,
    r.title ?? undefined,
    doc.title,
  ];
  for (const c of candidates) {
    if (!c) continue;
    const t = cleanTitle(c, sites, host);
    if (t) return t;
  }
  return '';
}

/**
 * The article on `doc`, or null when Readability finds none. `url` is the page address (the content
 * script passes location.href; the CLI the file's source URL). `doc` is never modified.
 */
export function extractArticle(doc: Document, url: string): ExtractedArticle | null {
  const r = runReadability(doc);
  const content = r?.content as unknown as Element | null | undefined;
  if (!r || !content) return null;
  const canonical = canonicalUrl(doc, url);
  const site = /^https?:/i.test(url) ? siteOf(url) : siteOf(canonical ?? '');
  const title = pickTitle(doc, r, site);

  let paragraphs = paragraphsOf(content);
  const sapo = missingSapo(doc, paragraphs);
  if (sapo) paragraphs = [sapo, ...paragraphs];
  paragraphs = cleanParagraphs(paragraphs, title, bylineNames(doc, r));
  if (!paragraphs.length) return null;

  const published = publishedDate(doc, r.publishedTime);
  const byline = r.byline ? collapseText(r.byline) : undefined;
  const declaredLang = doc.documentElement.getAttribute('lang')?.trim() || undefined;
  return {
    url,
    ...(canonical ? { canonicalUrl: canonical } : {}),
    site,
    title,
    ...(published ? { published } : {}),
    ...(byline ? { byline } : {}),
    text: paragraphs.join('\n\n'),
    ...(declaredLang ? { declaredLang } : {}),
  };
}

