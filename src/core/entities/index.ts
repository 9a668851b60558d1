// Named entities of the pure core: PERSON, TITLE, LOCATION, ORGANIZATION. Matching runs on the folded copy
// (NFC, lower case, one tone placement) so "Thanh Hoá"/"Thanh Hóa" and NFD input give the same spans; every
// offset is mapped back to the caller's text. Nested spans of other types are returned as well (a LOCATION
// inside an ORGANIZATION inside a TITLE); spans of one type never overlap.
import type { PlaceRef, Span } from '../types';
import type { RecognizerContext } from '../context';
import { foldText, toOriginalRange } from '../text/normalize';
import { withParagraphFallback } from '../paragraph-fallback';
import { tokenize, type Tok } from './tokens';
import { scan, type RawSpan } from './grammar';
import { candidates } from './candidates';
import { withLeadingHeads } from './leading-heads';
import { isVietSyllable } from './syllable';
import { rescore, type EntityModel } from './rescore';
import { getLexicon } from './lexicon';
import { getIndex, isProvinceRef, resolveAdmin, unambiguousProvince, type AdminRef } from './places';

export { lookupProvince } from './places';
export { withParagraphFallback } from '../paragraph-fallback';

/** Weight of a province-level mention when finding the article's dominant province (a commune counts 1). */
const PROVINCE_MENTION_WEIGHT = 2;

/** The recognizer the product runs: the rules alone (the trained layer is not shipped — see rescore.ts). */
export function recognizeEntities(text: string, ctx: RecognizerContext): Span[] {
  return recognizeEntitiesWith(text, ctx, null);
}

/** The recognizer with an explicit trained layer (null: the rules alone). The trainer and the eval measure through it. */
export function recognizeEntitiesWith(text: string, ctx: RecognizerContext, model: EntityModel | null): Span[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return withParagraphFallback(text, (part) => recognizeWhole(part, part === text ? ctx : { ...ctx, folded: foldText(part) }, model));
}

/**
 * The whole recognizer on one text, without the safety net (may throw: recognizeEntitiesWith contains it). The
 * property tests call it, so a failing rule shows up there instead of being contained.
 */
export function recognizeWhole(text: string, ctx: RecognizerContext, model: EntityModel | null): Span[] {
  const folded = ctx?.folded && ctx.folded.toOrig.length === ctx.folded.folded.length + 1 ? ctx.folded : foldText(text);
  const { toks, raw } = ruleReading(text, folded);
  rescore(toks, raw, model);
  return toSpans(text, ctx, folded, toks, raw);
}

/** Tokens and the rules' raw spans (before the trained layer): what the model's candidates are built from. */
export function ruleReading(text: string, folded: RecognizerContext['folded']): { toks: Tok[]; raw: RawSpan[] } {
  const toks = tokenize(folded, text);
  const raw = scan(toks);
  raw.push(...candidates(toks, raw));
  withInitialDots(toks, raw);
  withHyphenatedTails(toks, raw);
  withLeadingHeads(toks, raw);
  return { toks, raw };
}

/** A name ending in an initial keeps the initial's dot: "chị D.", "Nguyễn Văn Q." (the dot is part of the abbreviation). */
function withInitialDots(toks: Tok[], raw: RawSpan[]): void {
  for (const r of raw) {
    if (r.type !== 'PERSON' || r.b >= toks.length) continue;
    const last = toks[r.b - 1];
    const dot = toks[r.b];
    // An initial has no vowel ("Q", "Th"); a toned syllable ("Hà", "Lý") is a whole name and the dot ends the sentence.
    if (dot.w === '.' && dot.s === last.e && last.cap && last.w.length <= 2 && !/[aeiouy]/.test(last.w.normalize('NFD'))) r.b++;
  }
}

/** A foreign double-barrelled name goes on after a glued hyphen: "Amara Okonkwo-Bello", "bà Okonkwo-Bello". */
function withHyphenatedTails(toks: Tok[], raw: RawSpan[]): void {
  for (const r of raw) {
    if (r.type !== 'PERSON') continue;
    while (r.b + 1 < toks.length) {
      const dash = toks[r.b];
      const next = toks[r.b + 1];
      // Vietnamese names are never hyphenated: only a foreign-spelled second half continues the name.
      if (dash.w !== '-' || dash.s !== toks[r.b - 1].e || next.s !== dash.e || !next.word || !next.cap || isVietSyllable(next.w)) break;
      // Another reading starts after the dash ("Nguyễn Văn An-Hà Nội"): two names, not one.
      if (raw.some((o) => o !== r && o.a === r.b + 1)) break;
      r.b += 2;
    }
  }
}

function toSpans(text: string, ctx: RecognizerContext, folded: RecognizerContext['folded'], toks: Tok[], raw: RawSpan[]): Span[] {
  const idx = getIndex();
  const lex = getLexicon();
  const range = (a: number, b: number) => toOriginalRange(folded, toks[a].s, toks[b - 1].e);
  const nameOf = (r: RawSpan) => {
    const [s, e] = range(r.loc!.nameA, r.loc!.nameB);
    return text.slice(s, e).normalize('NFC');
  };

  // Candidates of every place name, then the province most of them point to.
  const cands = new Map<RawSpan, AdminRef[]>();
  const tally = new Map<string, number>();
  for (const r of raw) {
    if (r.type !== 'LOCATION' || !r.loc || r.loc.foreign) continue;
    if (r.loc.level === 'geo' || r.loc.level === 'village') continue;
    const c = idx.names.get(nameOf(r)) ?? [];
    cands.set(r, c);
    const unitIsProvince = r.loc.unit === 'tỉnh' || r.loc.level === 'bare';
    const pool = unitIsProvince ? c.filter(isProvinceRef) : c.filter((x) => !isProvinceRef(x));
    const p = unambiguousProvince(pool.length ? pool : c);
    if (p) tally.set(p, (tally.get(p) ?? 0) + (unitIsProvince ? PROVINCE_MENTION_WEIGHT : 1));
  }
  let province: string | undefined;
  let best = 0;
  for (const [p, v] of tally) if (v > best) [province, best] = [p, v];
  const rc = { published: ctx?.published, province };

  const spans: Span[] = [];
  for (const r of raw) {
    if (r.type === 'NONE') continue;
    const [start, end] = range(r.a, r.b);
    if (end <= start) continue;
    const span: Span = { start, end, type: r.type, text: text.slice(start, end), confidence: r.conf };
    if (r.modifier) span.modifier = r.modifier;
    if (r.type === 'LOCATION' && r.loc) {
      const place = placeOf(r, nameOf(r), cands.get(r) ?? [], rc);
      if (place) span.place = place;
    }
    if (r.type === 'ORGANIZATION' || r.type === 'TITLE') {
      const exp = expand(text, folded, toks, r, lex.expansions);
      if (exp) span.expansion = exp;
    }
    spans.push(span);
  }
  return dedupe(spans);
}

function placeOf(r: RawSpan, name: string, cands: AdminRef[], rc: { published?: string; province?: string }): PlaceRef | undefined {
  const loc = r.loc!;
  if (loc.foreign) return { level: loc.foreign.level, name: loc.foreign.name, current: true };
  if (loc.level === 'village' || loc.level === 'geo') {
    return { level: loc.level === 'village' ? 'village' : 'region', unitType: loc.unit, name, current: true, ...(rc.province ? { province: rc.province } : {}) };
  }
  const resolved = resolveAdmin(loc.unit, cands, rc);
  if (resolved) return resolved;
  const level = loc.level === 'district' ? 'district' : loc.level === 'commune' ? 'commune' : 'province';
  return {
    level,
    ...(loc.unit ? { unitType: loc.unit } : {}),
    name,
    current: level !== 'district',
    ...(rc.province ? { province: rc.province } : {}),
  };
}

/** Spells out abbreviations inside an organisation/title ("UBND xã Hà Trung" → "Ủy ban nhân dân xã Hà Trung"). */
function expand(text: string, folded: RecognizerContext['folded'], toks: Tok[], r: RawSpan, expansions: Map<string, string>): string | undefined {
  let changed = false;
  const [s0, e0] = toOriginalRange(folded, toks[r.a].s, toks[r.b - 1].e);
  let out = '';
  let pos = s0;
  for (let k = r.a; k < r.b; k++) {
    const t = toks[k];
    if (!t.up) continue;
    const x = expansions.get(t.w);
    if (!x) continue;
    const [s, e] = toOriginalRange(folded, t.s, t.e);
    out += text.slice(pos, s) + x;
    pos = e;
    changed = true;
  }
  if (!changed) return undefined;
  return out + text.slice(pos, e0);
}

/** Spans of one type never overlap: the earlier (then longer) one is kept. */
function dedupe(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
  const lastEnd = new Map<string, number>();
  const out: Span[] = [];
  for (const s of spans) {
    if ((lastEnd.get(s.type) ?? -1) > s.start) continue;
    lastEnd.set(s.type, s.end);
    out.push(s);
  }
  return out;
}
