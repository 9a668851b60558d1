// Sites the reader asks Soi Tin to always run on ("Luôn chạy trên …"), beyond the built-in news list:
// the pure part shared by the popup (which asks for the permission) and the background (which registers
// the content script). One site = one exact host, one host permission `*://HOST/*`, one registered
// content script `soitin-site-HOST`.
import sitesJson from '../data/news-sites.json';

export { ARTICLE_SCRIPT } from './scripts';

/** Prefix of the ids of the content scripts registered for added sites (the rest of the id is the host). */
export const SITE_SCRIPT_PREFIX = 'soitin-site-';

/**
 * Hosts a match pattern can name and a script id can carry: DNS names and IPv4 addresses, lower case.
 * No '*', '/', ':' or port, so a host can never widen the pattern built from it.
 */
const HOST_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** The built-in news domains; the manifest matches each one and all its subdomains (scripts/lib/manifest.ts). */
const BUILT_IN = new Set(Object.keys(sitesJson as Record<string, unknown>).map((d) => d.toLowerCase().replace(/^www\./, '')));

export function isValidHost(host: unknown): host is string {
  return typeof host === 'string' && HOST_RE.test(host);
}

/** The host permission asked for a site: http and https, any path, this host only. */
export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/** The host of a pattern made by sitePattern; undefined for any other pattern (wildcards, news sites' `*.d`). */
export function hostOfPattern(pattern: string): string | undefined {
  const m = /^\*:\/\/([^/]+)\/\*$/.exec(pattern);
  return m && isValidHost(m[1]) ? m[1] : undefined;
}

export function siteScriptId(host: string): string {
  return SITE_SCRIPT_PREFIX + host;
}

/** The host of a script id made by siteScriptId; undefined for any other script. */
export function hostOfScriptId(id: string): string | undefined {
  if (!id.startsWith(SITE_SCRIPT_PREFIX)) return undefined;
  const host = id.slice(SITE_SCRIPT_PREFIX.length);
  return isValidHost(host) ? host : undefined;
}

/** True when the manifest's news list covers the host (the domain itself or a subdomain of it). */
export function isBuiltInSite(host: string): boolean {
  // Walk up the parent domains: m.baothanhhoa.vn → baothanhhoa.vn → vn. Linear in the host's length.
  for (let h = host.toLowerCase(); h; h = h.slice(h.indexOf('.') + 1)) {
    if (BUILT_IN.has(h)) return true;
    if (!h.includes('.')) break;
  }
  return false;
}

/**
 * The site a tab's URL could be added as: only ordinary web pages (http, https) outside the built-in
 * list. Browser pages, files, the extension's own pages and the news sites give undefined.
 */
export function addableSite(url: string | undefined): { host: string; pattern: string } | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.toLowerCase();
  if (!isValidHost(host) || isBuiltInSite(host)) return undefined;
  return { host, pattern: sitePattern(host) };
}
