// Turns the one source manifest.json into the Chrome and the Firefox manifests.
// "$NEWS_SITES" in host_permissions / content_scripts.matches expands to the news-site list
// (src/data/news-sites.json), so the extension runs only on news hosts and asks for nothing more.
import { existsSync, readFileSync } from 'node:fs';
import { NEWS_SITES_JSON } from './paths';

export type Manifest = Record<string, any>;

/** Used only while src/data/news-sites.json has not been generated: a few provincial papers. */
const FALLBACK_SITES = [
  'baothanhhoa.vn',
  'baonghean.vn',
  'baohatinh.vn',
  'baoquangninh.vn',
  'baobacninh.vn',
  'baothaibinh.com.vn',
  'baonamdinh.vn',
  'baohaiphong.com.vn',
  'hanoimoi.vn',
  'sggp.org.vn',
  'baodanang.vn',
  'baocantho.com.vn',
];

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

export interface SiteList {
  domains: string[];
  source: 'news-sites.json' | 'fallback';
}

/** Reads the domains: an object keyed by domain (optionally under a "sites" key), or an array. */
export function loadNewsSites(file = NEWS_SITES_JSON): SiteList {
  if (!existsSync(file)) return { domains: [...FALLBACK_SITES], source: 'fallback' };
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const container = data && typeof data === 'object' && !Array.isArray(data) && data.sites ? data.sites : data;
  const raw: unknown[] = Array.isArray(container)
    ? container.map((x) => (typeof x === 'string' ? x : (x as { domain?: string })?.domain))
    : Object.keys(container ?? {});
  const domains = new Set<string>();
  for (const d of raw) {
    if (typeof d !== 'string') continue;
    const host = d.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^www\./, '');
    if (DOMAIN_RE.test(host)) domains.add(host);
  }
  if (domains.size === 0) return { domains: [...FALLBACK_SITES], source: 'fallback' };
  return { domains: [...domains].sort(), source: 'news-sites.json' };
}

/** Match patterns for a domain and all its subdomains (www., m., …). */
export function matchPatterns(domains: string[]): string[] {
  return domains.flatMap((d) => [`*://*.${d}/*`, `*://${d}/*`]);
}

function expandSites(list: unknown, patterns: string[]): unknown {
  if (!Array.isArray(list)) return list;
  return list.flatMap((x) => (x === '$NEWS_SITES' ? patterns : [x]));
}

export function renderManifests(source: Manifest, version: string, domains: string[]): { chrome: Manifest; firefox: Manifest } {
  const patterns = matchPatterns(domains);
  const base: Manifest = structuredClone(source);
  base.version = version;
  base.host_permissions = expandSites(base.host_permissions, patterns);
  base.content_scripts = (base.content_scripts ?? []).map((cs: Manifest) => ({ ...cs, matches: expandSites(cs.matches, patterns) }));
  const localhost = JSON.stringify(base).match(/\*:\/\/(localhost|127\.0\.0\.1)/);
  if (localhost) throw new Error('The shipped manifest must not match localhost.');

  const chrome = structuredClone(base);
  delete chrome.browser_specific_settings;
  if (chrome.background) delete chrome.background.scripts;

  const firefox = structuredClone(base);
  if (firefox.background) delete firefox.background.service_worker;
  return { chrome, firefox };
}

/** Every file a manifest points at (to check that the build produced them). */
export function referencedFiles(m: Manifest): string[] {
  const files = new Set<string>();
  const add = (f: unknown) => typeof f === 'string' && files.add(f);
  add(m.action?.default_popup);
  Object.values(m.action?.default_icon ?? {}).forEach(add);
  Object.values(m.icons ?? {}).forEach(add);
  add(m.background?.service_worker);
  (m.background?.scripts ?? []).forEach(add);
  for (const cs of m.content_scripts ?? []) [...(cs.js ?? []), ...(cs.css ?? [])].forEach(add);
  return [...files];
}
