// How strongly a page reads as Vietnamese provincial (local) news, and which province it is about.
// Three kinds of evidence, each a named weight below, summed and clamped to 0..1:
// - the site: a provincial newspaper (src/data/news-sites.json) or a provincial government portal;
// - local government: TITLE/ORGANIZATION spans naming local bodies (Tỉnh ủy, UBND xã, HĐND tỉnh, Đảng bộ xã);
// - local places: LOCATION spans below province level (xã, phường, thôn; from span.place when the entity
//   recognizer resolved it, otherwise from the unit word the span starts with).
// When spans are missing the same cues are counted in the raw text at a discount, so the verdict still
// works (with a lower score) before or without entity recognition.
import type { AnalyzeMeta, ProvincialVerdict, Span } from './types';
import { foldKey } from './text/normalize';
import sitesJson from '../data/news-sites.json';

export interface SiteInfo {
  kind: 'provincial' | 'national' | 'portal';
  province?: string;
  selectors?: Record<string, string[]>;
}

const SITES = sitesJson as Record<string, SiteInfo>;

/** Score from a provincial newspaper's domain: strong, it publishes mostly local news. */
export const W_SITE_PROVINCIAL = 0.45;
/** Score from a provincial government portal. */
export const W_SITE_PORTAL = 0.35;
/** Maximum score from local-government bodies and titles; reached at LOCAL_GOV_FULL mentions. */
export const W_LOCAL_GOVERNMENT = 0.25;
export const LOCAL_GOV_FULL = 4;
/** Maximum score from sub-province places (communes, wards, villages); reached at LOCAL_PLACES_FULL. */
export const W_LOCAL_PLACES = 0.3;
export const LOCAL_PLACES_FULL = 4;
/** Score when one province clearly dominates the province evidence. */
export const W_PROVINCE_FOCUS = 0.15;
/** A province dominates with at least this share of the province votes. */
export const PROVINCE_DOMINANCE = 0.5;
/** Votes a provincial site gives its province (a mention in the text gives 1). */
export const SITE_PROVINCE_VOTES = 3;
/** Evidence found in raw text (no spans) counts this much of span evidence. */
export const TEXT_FALLBACK_FACTOR = 0.7;
/** Score from which the page is called provincial news. */
export const PROVINCIAL_THRESHOLD = 0.5;

/** Local party and state bodies (folded forms). National bodies (Quốc hội, Chính phủ) are not listed. */
const LOCAL_GOV_RE =
  /(?:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|đảng ủy (?:xã|phường|đặc khu)|đảng uỷ (?:xã|phường|đặc khu)|đảng bộ (?:xã|phường|tỉnh|thành phố|đặc khu)|ubnd|ủy ban nhân dân (?:tỉnh|xã|phường|thành phố|huyện|đặc khu)|uỷ ban nhân dân (?:tỉnh|xã|phường|thành phố|huyện|đặc khu)|hđnd|hội đồng nhân dân|mttq (?:tỉnh|xã|phường)|ủy ban mttq|uỷ ban mttq|sở (?:tài chính|nội vụ|tư pháp|công thương|y tế|xây dựng|giáo dục|nông nghiệp|khoa học|văn hóa|văn hoá|du lịch|ngoại vụ|dân tộc))/gu;
/** Unit words that make a LOCATION local (below province level). */
const LOCAL_UNIT_RE = /^(?:xã|phường|thị trấn|thôn|bản|ấp|khu phố|tổ dân phố|làng|huyện|thị xã|quận|đặc khu)\s/u;
/** The same in running text: the unit word followed by a capitalised name. */
const LOCAL_UNIT_TEXT_RE = /(?:^|[^\p{L}])(?:xã|phường|thị trấn|thôn|bản|ấp|huyện|thị xã|đặc khu) \p{Lu}/gu;
const LOCAL_LEVELS = new Set(['commune', 'district', 'village']);

const PROVINCES = [...new Set(Object.values(SITES).map((s) => s.province).filter((p): p is string => !!p))];
const PROVINCE_BY_KEY = new Map(PROVINCES.map((p) => [foldKey(p), p]));
/** "tỉnh Thanh Hóa", "thành phố Hà Nội", "TP Huế" in folded text. */
const PROVINCE_MENTION_RE = new RegExp(
  `(?:tỉnh|thành phố|tp\\.?) (${[...PROVINCE_BY_KEY.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** The site record for a page URL: exact host first, then its parent domains (news.huengaynay.vn). */
export function lookupSite(url: string | undefined): (SiteInfo & { domain: string }) | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const d = labels.slice(i).join('.');
    if (SITES[d]) return { ...SITES[d], domain: d };
  }
  return undefined;
}

export function scoreProvincial(text: string, entities: Span[], meta: AnalyzeMeta): ProvincialVerdict {
  const signals: string[] = [];
  const votes = new Map<string, number>();
  const vote = (p: string | undefined, n: number) => p && votes.set(p, (votes.get(p) ?? 0) + n);
  let score = 0;

  const site = lookupSite(meta.url);
  if (site?.kind === 'provincial') {
    score += W_SITE_PROVINCIAL;
    vote(site.province, SITE_PROVINCE_VOTES);
    signals.push(`provincial newspaper ${site.domain}${site.province ? ` (${site.province})` : ''}`);
  } else if (site?.kind === 'portal') {
    score += W_SITE_PORTAL;
    vote(site.province, SITE_PROVINCE_VOTES);
    signals.push(`provincial portal ${site.domain}`);
  } else if (site?.kind === 'national') {
    signals.push(`national news site ${site.domain}`);
  }

  // Local government: from TITLE/ORGANIZATION spans, or from the text when there are none.
  const bodies = entities.filter((s) => s.type === 'TITLE' || s.type === 'ORGANIZATION');
  let gov = 0;
  let govFactor = 1;
  if (bodies.length > 0) {
    for (const s of bodies) if (foldKey(s.text).match(LOCAL_GOV_RE)) gov++;
  } else {
    gov = (foldKey(text).match(LOCAL_GOV_RE) ?? []).length;
    govFactor = TEXT_FALLBACK_FACTOR;
  }
  if (gov > 0) {
    score += W_LOCAL_GOVERNMENT * govFactor * Math.min(1, gov / LOCAL_GOV_FULL);
    signals.push(`${gov} local-government mention${gov > 1 ? 's' : ''}${govFactor < 1 ? ' (text)' : ''}`);
  }

  // Local places: LOCATION spans below province level; their provinces vote.
  const locations = entities.filter((s) => s.type === 'LOCATION');
  let local = 0;
  let placeFactor = 1;
  if (locations.length > 0) {
    for (const s of locations) {
      const p = s.place;
      if (p) {
        if (LOCAL_LEVELS.has(p.level)) local++;
        if (p.level === 'province') vote(p.province ?? p.name, 1);
        else if (p.province) vote(p.province, 1);
      } else if (LOCAL_UNIT_RE.test(foldKey(s.text))) local++;
    }
  } else {
    local = (text.match(LOCAL_UNIT_TEXT_RE) ?? []).length;
    placeFactor = TEXT_FALLBACK_FACTOR;
  }
  if (local > 0) {
    score += W_LOCAL_PLACES * placeFactor * Math.min(1, local / LOCAL_PLACES_FULL);
    signals.push(`${local} commune/village-level place${local > 1 ? 's' : ''}${placeFactor < 1 ? ' (text)' : ''}`);
  }

  // Province names written out ("tỉnh Thanh Hóa") vote too: they work without place resolution.
  const folded = foldKey(text);
  PROVINCE_MENTION_RE.lastIndex = 0;
  for (let m = PROVINCE_MENTION_RE.exec(folded); m; m = PROVINCE_MENTION_RE.exec(folded)) vote(PROVINCE_BY_KEY.get(m[1]), 1);

  let province: string | undefined;
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length && ranked[0][1] / total >= PROVINCE_DOMINANCE && (ranked.length < 2 || ranked[0][1] > ranked[1][1])) {
    province = ranked[0][0];
    // The focus bonus needs evidence beyond the site itself.
    if (total - (site?.province === province ? SITE_PROVINCE_VOTES : 0) > 0) {
      score += W_PROVINCE_FOCUS;
      signals.push(`about ${province}`);
    }
  }

  score = Math.round(Math.min(1, score) * 1000) / 1000;
  const verdict: ProvincialVerdict = { score, isProvincial: score >= PROVINCIAL_THRESHOLD, signals };
  if (province) verdict.province = province;
  return verdict;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
