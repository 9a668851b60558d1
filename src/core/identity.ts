// Who an article is: the key under which it is stored (so a revisit updates instead of duplicating) and a
// hash of its text (so a revisit can be told from an edited article). Pure: no DOM, no extension APIs.

/**
 * Query parameters that only say how the reader arrived (ads, social shares, analytics) and never which
 * article is shown. Exact names, lower case; every `utm_*` parameter is dropped as well.
 * zarsrc/zarsrc_*: Zalo shares, very common on Vietnamese news; fbclid/gclid/...: ad click ids.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'zarsrc',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
]);
/** Parameter families dropped by prefix. */
const TRACKING_PREFIXES = ['utm_', 'zarsrc_', 'pk_', 'mtm_'];

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The URL as an identity: http(s) only, lower-case host (URL does that), default port dropped (URL does
 * that), no fragment, no tracking parameters, remaining parameters sorted (their order never selects a
 * different article), no trailing slash on a non-root path. Returns null for anything that is not an
 * absolute http(s) URL.
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '') || '/';
  return u.href;
}

/**
 * The storage key of an article: its declared canonical URL when that is usable, else its own URL,
 * both normalised with normalizeUrl. A canonical pointing at the site's home page while the article has
 * a path of its own is a common CMS mistake: it would merge every article of the site into one, so it
 * is ignored.
 */
export function articleKey(url: string, canonicalUrl?: string): string {
  const own = normalizeUrl(url);
  if (!own) throw new Error(`Địa chỉ bài viết không hợp lệ: "${url}" (not an http(s) URL)`);
  if (canonicalUrl) {
    const canon = normalizeUrl(canonicalUrl, url);
    if (canon) {
      const canonPath = new URL(canon).pathname;
      const ownPath = new URL(own).pathname;
      if (!(canonPath === '/' && ownPath !== '/')) return canon;
    }
  }
  return own;
}

/**
 * cyrb53: a fast, well-mixed non-cryptographic 53-bit hash (public domain, bryc). Collisions are
 * astronomically unlikely at library sizes, and nothing depends on it being secret.
 * Returned as base-36 text so it fits the record's string field and exports compactly.
 */
export function textHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
