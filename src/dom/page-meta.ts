// Cheap reads of what a page declares about itself: <meta> tags, JSON-LD, canonical link, dates.
// Shared by the article pre-check (detect.ts) and the extraction (extract.ts). No layout, no globals.
import { collapseText } from './text-walk';

/** First non-empty content of the <meta> tags named (property= or name= or itemprop=). */
export function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return undefined;
}

/** Types that mean "this page is one article". */
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|BlogPosting|Report|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

/** Every JSON-LD object on the page (top level, arrays and @graph flattened); malformed blocks ignored. */
export function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // Sites ship broken JSON-LD often enough; it is only a hint.
    }
  }
  return out;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

/** The JSON-LD object describing the article, if the page has one. */
export function jsonLdArticle(doc: Document): Json | undefined {
  return jsonLdObjects(doc).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
}

/** Day/month/year as Vietnamese pages write it ("25/11/2025", "25-11-2025"), with an optional "08:15". */
const VI_DATE_RE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)(?:[^\d]{0,6}?(\d{1,2})[:hg](\d{2}))?/;
/** Vietnam has one time zone and no daylight saving. */
const VN_OFFSET = '+07:00';

/** "25/11/2025 08:15" → "2025-11-25T08:15:00+07:00"; "25/11/2025" → "2025-11-25"; undefined if none. */
export function parseViDate(s: string): string | undefined {
  const m = VI_DATE_RE.exec(s);
  if (!m) return undefined;
  const [, d, mo, y, h, mi] = m;
  const day = Number(d);
  const month = Number(mo);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (h === undefined || Number(h) > 23 || Number(mi) > 59) return date;
  return `${date}T${h.padStart(2, '0')}:${mi}:00${VN_OFFSET}`;
}

/** Accepts an ISO date/time as is; converts Vietnamese day-first dates; anything else → undefined. */
export function normalizeDate(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t;
  return parseViDate(t);
}

/** Where to look for a printed date line when the page declares none (class names of news CMSs). */
const DATE_LINE_SELECTOR =
  '[class*="date" i], [class*="time" i], [class*="publish" i], [class*="meta" i], [itemprop="datePublished"]';
/** Only this much text is searched for a date line: it sits near the headline, not in the footer. */
const DATE_LINE_SCAN = 40;

/** Publication date: declared metadata first, then <time datetime>, then a printed dd/mm/yyyy line. */
export function publishedDate(doc: Document, readabilityGuess?: string | null): string | undefined {
  const declared =
    metaContent(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued') ??
    (jsonLdArticle(doc)?.datePublished as string | undefined) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    readabilityGuess ??
    undefined;
  const fromMeta = normalizeDate(declared);
  if (fromMeta) return fromMeta;
  const candidates = Array.from(doc.querySelectorAll(DATE_LINE_SELECTOR)).slice(0, DATE_LINE_SCAN);
  for (const el of candidates) {
    const found = parseViDate(collapseText(el.textContent ?? ''));
    if (found) return found;
  }
  return undefined;
}

/** Canonical URL: <link rel=canonical>, else og:url; resolved against the page URL. */
export function canonicalUrl(doc: Document, pageUrl: string): string | undefined {
  const raw = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(doc, 'og:url');
  if (!raw) return undefined;
  try {
    const u = new URL(raw, pageUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Host name without a leading "www." (the site a reader would name). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Site names seen in titles after a separator: og:site_name, JSON-LD publisher. */
export function siteNames(doc: Document): string[] {
  const names = [metaContent(doc, 'og:site_name', 'application-name')];
  const publisher = jsonLdArticle(doc)?.publisher as Json | undefined;
  if (publisher && typeof publisher.name === 'string') names.push(publisher.name);
  return names.filter((n): n is string => !!n).map((n) => collapseText(n));
}

/** Words that open a Vietnamese outlet's name ("Báo Thanh Hóa", "Tạp chí …", "Cổng thông tin …"). */
const OUTLET_RE = /^(báo|tạp chí|đài|cổng thông tin|trang tin|kênh|truyền hình|thông tấn|tin tức)(?=\s|$)/iu;
const SEPARATOR_RE = /\s+[-–—|:•»]\s+/g;

/**
 * Removes a site suffix ("… - Báo Thanh Hóa", "… | baothanhhoa.vn") or prefix from a title. Only a part
 * that names the site is removed, so "Thanh Hóa: 5 xã đạt chuẩn" keeps its colon part.
 */
export function cleanTitle(raw: string, sites: string[], host: string): string {
  const title = collapseText(raw);
  const parts = title.split(SEPARATOR_RE);
  if (parts.length < 2) return title;
  const hostWord = host.split('.')[0]?.toLowerCase() ?? '';
  const isSite = (p: string) => {
    const low = p.toLowerCase();
    return (
      sites.some((s) => s.toLowerCase() === low) ||
      OUTLET_RE.test(p) ||
      (hostWord.length > 3 && low.replace(/[^a-z0-9]/g, '').includes(hostWord))
    );
  };
  // Rebuild from the separators actually used, dropping a site-naming head or tail.
  const seps = title.match(SEPARATOR_RE) ?? [];
  let first = 0;
  let last = parts.length - 1;
  if (isSite(parts[last])) last--;
  if (last > first && isSite(parts[first])) first++;
  let out = parts[first];
  for (let i = first + 1; i <= last; i++) out += seps[i - 1] + parts[i];
  return out.trim() || title;
}
