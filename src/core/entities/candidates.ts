// Second pass over what the grammar left unexplained. Vietnamese news capitalises proper names and almost
// nothing else mid-sentence, so a capitalised run that no title/organisation/place/person reading covers is
// still very likely a name. Its type comes from evidence around it: the word before it (a preposition or
// place noun → LOCATION; a company, club or press noun → ORGANIZATION), a verb of speech after it
// (PERSON), its own shape (a Vietnamese surname first; foreign spelling; an all-capitals acronym).
import { joinWords, type Tok } from './tokens';
import type { RawSpan, RawType } from './grammar';
import { CORPORATE_SUFFIX, HEAD_IN_COMMON_NOUN } from './grammar';
import { getLexicon } from './lexicon';
import { getIndex } from './places';
import { isVietSyllable } from './syllable';

export { isVietSyllable };

/** Longest capitalised run read as one name (longer runs are headings or lists of names). */
const MAX_RUN = 5;
/** Longest run read as a person from its syllables alone (surname + up to three syllables). */
const MAX_PERSON_SYLLABLES = 4;
/** Acronym length bounds (letters): shorter ones are initials, longer ones shouted words. */
const MIN_ACRONYM = 2;
const MAX_ACRONYM = 8;
/** Confidence of spans typed here: below the grammar's, above nothing. */
const CONF_CUED = 0.6;
const CONF_SHAPE = 0.5;

/**
 * Read an unexplained acronym as an organisation. Measured: on the VLSP 2018 dev set it gains more than it
 * loses (+1.2 F1), on VLSP 2016 (older prose, many term abbreviations) it costs about 1 F1.
 */
const ACRONYM_ORG = true;
const ROMAN = /^[ivxlcdm]+$/;
export function candidates(toks: Tok[], raw: readonly RawSpan[]): RawSpan[] {
  const lex = getLexicon();
  const idx = getIndex();
  const n = toks.length;
  const covered = new Uint8Array(n);
  for (const r of raw) for (let k = r.a; k < r.b && k < n; k++) covered[k] = 1;
  const out: RawSpan[] = [];
  const compoundTries = [lex.orgs, lex.titles, lex.titlePrefix, lex.style, lex.notEntity, lex.units, lex.orgScope, lex.honorifics];
  /** The word at j cannot continue a compound: punctuation, the end, a capital, a function word. */
  const endsPhrase = (j: number): boolean => j >= n || !toks[j].word || toks[j].cap || toks[j].num || toks[j].w === 'và' || lex.stopFunction.has(toks[j].w);
  const capWord = (j: number): boolean => j < n && toks[j].word && toks[j].cap && !toks[j].num;

  /** Folded words [a-k, a) joined, or null when punctuation intervenes. */
  const before = (a: number, k: number): string | null => {
    if (a - k < 0) return null;
    const ws: string[] = [];
    for (let p = a - k; p < a; p++) {
      if (!toks[p].word) return null;
      ws.push(toks[p].w);
    }
    return ws.join(' ');
  };
  const cueBefore = (a: number, set: Set<string>): boolean => {
    for (let k = 1; k <= lex.maxCueBefore; k++) {
      const w = before(a, k);
      if (w === null) return false;
      if (set.has(w)) return true;
    }
    return false;
  };

  /** Token x and the punctuation y next to it touch, and the punctuation touches another word. */
  const glued = (x: number, y: number): boolean => {
    if (x < 0 || y >= n) return false;
    const p = toks[x].word ? y : x;
    if (toks[p].word || !'-/.'.includes(toks[p].w)) return false;
    const q = p === y ? y + 1 : x - 1;
    if (q < 0 || q >= n || !toks[q].word) return false;
    return toks[x].e === toks[y].s && (p === y ? toks[y].e === toks[q].s : toks[q].e === toks[x].s);
  };

  // Document memory: what the grammar already read with evidence. A later bare "Chelsea" after
  // "CLB Chelsea", "Khiêm" after "ông Nguyễn Văn Khiêm", "SCIC" after "Tổng công ty … (SCIC)" keeps that type.
  const keyOf = (a: number, b: number): string => joinWords(toks, a, b);
  const known = new Map<string, RawType>();
  const remember = (a: number, b: number, type: RawType) => {
    if (b > a && b - a <= MAX_RUN && !known.has(keyOf(a, b))) known.set(keyOf(a, b), type);
  };
  for (const r of raw) {
    if (r.type === 'PERSON') {
      for (let k = r.a; k < r.b; k++) if (r.b - k <= 2) remember(k, r.b, 'PERSON');
      remember(r.a, r.b, 'PERSON');
    } else if (r.type === 'LOCATION' && r.loc) remember(r.loc.nameA, r.loc.nameB, 'LOCATION');
    else if (r.type === 'ORGANIZATION') {
      // The name after the head ("Chelsea" in "CLB Chelsea"): every capitalised tail of the span.
      // Not a place's name after its unit word: "Hà Trung" in "UBND xã Hà Trung" is the commune, and a later
      // "Hà Trung có 20 thôn" is the commune again.
      for (let k = r.a + 1; k < r.b; k++) if (toks[k].cap && !toks[k - 1].cap && !lex.units.endsAt(toks, k, 2)) remember(k, r.b, 'ORGANIZATION');
      // An acronym given in brackets right after it.
      if (r.b + 2 < n && toks[r.b].w === '(' && toks[r.b + 1].up && toks[r.b + 2].w === ')') remember(r.b + 1, r.b + 2, 'ORGANIZATION');
    }
  }

  let i = 0;
  while (i < n) {
    if (!capWord(i) || covered[i]) {
      i++;
      continue;
    }
    let b = i + 1;
    // A run stops at a line/sentence break: a heading's last word and the next line's first are not one name.
    while (b < n && capWord(b) && !covered[b] && !toks[b].ss) b++;
    const a0 = i;
    i = b;
    // A run glued to a labelled name ("Hà Nội Ninh Bình", a title + name) belongs to that reading.
    // ... unless the run is plainly a Vietnamese full name (surname, middle name, given name: "tại Australia Hồ Thị
    // Ngọc Ánh"), which never continues a place or a title.
    const fullName = b - a0 >= 3 && b - a0 <= MAX_PERSON_SYLLABLES && lex.surnames.has(toks[a0].w) && lex.middles.has(toks[a0 + 1].w) && lex.givens.has(toks[b - 1].w);
    if (!fullName && ((a0 > 0 && covered[a0 - 1] && capWord(a0 - 1)) || (b < n && covered[b] && capWord(b)))) continue;
    if (b - a0 > MAX_RUN) continue;
    // Glued to a word by a hyphen, slash or dot ("Ctrl-Alt-Del", "TTXVN/Vietnam+", "R.I.C.H"): a code or a
    // compound, not a free-standing name.
    if (glued(a0 - 1, a0) || glued(b - 1, b)) continue;
    const span = typeRun(a0, b);
    if (span) out.push(span);
  }
  // Shape-only guesses follow the type the same name got from a cue elsewhere in the text.
  for (const r of out) if (r.conf === CONF_CUED) remember(r.a, r.b, r.type);
  for (const r of out) {
    if (r.conf !== CONF_SHAPE) continue;
    const t = known.get(keyOf(r.a, r.b));
    if (t) r.type = t;
  }
  // A place typed here still says which place it is when the name is known: "Mỹ" a country like "Hoa Kỳ",
  // "Rotterdam" a foreign city, a commune's bare name its gazetteer entry.
  for (const r of out) if (r.type === 'LOCATION' && !r.loc) r.loc = placeInfo(r.a, r.b);
  return out;

  function placeInfo(a: number, b: number): RawSpan['loc'] {
    const f = lex.foreign.longest(toks, a);
    if (f && f.end === b) return { unit: '', level: 'bare', nameA: a, nameB: b, foreign: f.vals[0] };
    if (idx.names.get(keyOf(a, b))) return { unit: '', level: 'bare', nameA: a, nameB: b };
    return undefined;
  }

  /**
   * The run's capitals open a longer lexicon phrase that runs on into lower-case words ("Chính phủ",
   * "Quốc hội", "Bộ trưởng", "Nhà nước"): a capitalised common word, whatever name shares its first syllable.
   */
  function opensCompound(a: number, b: number): boolean {
    for (const t of compoundTries) {
      const m = t.longest(toks, a);
      if (m && m.end > b) return true;
    }
    return false;
  }

  function typeRun(a0: number, b: number): RawSpan | null {
    if (opensCompound(a0, b)) return null;
    // A sentence-initial single syllable followed by a lower-case content word is the capitalised start of
    // a common word ("Chính quyền", "Quốc phòng"), not the name met earlier ("ông Chính"); memory needs
    // the name to stand alone (punctuation, a function word, a verb of speech after it).
    // "Năm 1980, …": a sentence-initial word before a number is that word ("year"), not a person met earlier.
    if (toks[a0].ss && b - a0 === 1 && b < n && toks[b].num && toks[b].word) return null;
    const lone = b - a0 > 1 || !toks[a0].ss || endsPhrase(b) || (b < n && !!lex.perAfter.longest(toks, b));
    const seen = lone ? known.get(keyOf(a0, b)) : undefined;
    if (seen) return { a: a0, b, type: seen, conf: CONF_CUED };
    let a = a0;
    const seenTail = toks[a0].ss && b - a0 >= 2 ? known.get(keyOf(a0 + 1, b)) : undefined;
    if (seenTail) return { a: a0 + 1, b, type: seenTail, conf: CONF_CUED };
    // "Thơ Nguyễn Du …": a sentence-initial word before a hero's name is the sentence's first word.
    if (toks[a0].ss && b - a0 >= 3 && lex.namesakes.longest(toks, a0 + 1)?.end === b && !lex.namesakes.longest(toks, a0)) a = a0 + 1;
    const first = toks[a];
    const foreignAt = (p: number) => !toks[p].up && !isVietSyllable(toks[p].w);
    const perAfter = b < n && !!lex.perAfter.longest(toks, b);
    if (first.ss) {
      // Sentence-initial capitals are grammar, not evidence: keep the first word only when it is itself
      // name-like (a surname opening a longer run, a foreign word) or the run is said to speak.
      // A run of given/middle names only ("Thùy Linh" under a photo) is a name too.
      let allNames = b - a >= 2 && b - a <= 3;
      for (let p = a; p < b && allNames; p++) allNames = lex.givens.has(toks[p].w) || lex.middles.has(toks[p].w);
      const nameLike = (lex.surnames.has(first.w) && b - a >= 2) || foreignAt(a) || (first.up && b - a === 1) || (allNames && lex.givens.has(toks[b - 1].w));
      if (!nameLike && !(perAfter && b - a <= 3 && (lex.givens.has(toks[b - 1].w) || foreignAt(b - 1)))) {
        a++;
        if (a >= b) return null;
      }
    }
    const len = b - a;
    if (len === 1 && lex.notNames.has(toks[a].w)) return null;
    // "tổ chức Hội chợ", "tham gia Hội thi": a capitalised head opening an event noun is no organisation.
    if (len === 1 && b < n && toks[b].word && !toks[b].cap && HEAD_IN_COMMON_NOUN.has(`${toks[a].w} ${toks[b].w}`)) return null;
    // Followed by a number ("Điều 2", "Euro 2017", "Quý I"): an article, event or model designation.
    if (b < n && toks[b].word && (toks[b].num || (toks[b].up && ROMAN.test(toks[b].w)))) return null;
    const mk = (type: RawType, conf: number): RawSpan => ({ a, b, type, conf });
    // Style capitals ("Nhân dân", "Tổ quốc") and known non-names are not entities; nor is a run that is
    // exactly a listed product, award or event ("Quả Cầu Vàng") however the grammar reached it.
    if (lex.style.longest(toks, a)) return null;
    if (lex.notEntity.longest(toks, a)?.end === b) return null;

    // Acronyms: an organisation unless it is a known term, a Roman numeral or a unit of measure.
    if (len === 1 && toks[a].up) {
      if (!ACRONYM_ORG) return null;
      const w = toks[a].w;
      const letters = w.replace(/[0-9]/g, '');
      if (letters.length < MIN_ACRONYM || letters.length > MAX_ACRONYM || ROMAN.test(w) || lex.terms.has(w)) return null;
      if (!/^[a-zđ]+[0-9]*$/.test(w)) return null;
      if (b < n && toks[b].w === '.' && b + 1 < n && toks[b + 1].word && !toks[b + 1].cap) return null; // "TP. x"
      if (cueBefore(a, lex.locBefore) && !cueBefore(a, lex.orgBefore)) return mk('LOCATION', CONF_SHAPE);
      return mk('ORGANIZATION', CONF_SHAPE);
    }
    for (let p = a; p < b; p++) {
      if (toks[p].up && len > 1) return null; // mixed acronym + words: unclear
      if (/[0-9]/.test(toks[p].w) || toks[p].w.length < 2) return null; // codes (B2), initials (R)
    }
    // A run ending in a corporate word is a company ("Hanbit Partners", "Mekong Play Capital"); a country
    // opening it is where the company or fund is from ("quỹ Hàn Quốc Hanbit Partners"), a place of its own.
    if (len >= 2 && CORPORATE_SUFFIX.has(toks[b - 1].w) && !toks[b - 1].up) {
      const from = lex.foreign.longest(toks, a);
      if (from && from.end < b - 1 && from.vals[0].level === 'country') {
        out.push({ a, b: from.end, type: 'LOCATION', conf: CONF_CUED, loc: { unit: '', level: 'bare', nameA: a, nameB: from.end, foreign: from.vals[0] } });
        return { a: from.end, b, type: 'ORGANIZATION', conf: CONF_CUED };
      }
      return mk('ORGANIZATION', CONF_CUED);
    }
    // A known country or region, even one that is also a common word or a name ("Nga", "Anh", "Pháp"):
    // the grammar only skipped it for its ambiguity, and a mid-sentence capital settles that.
    const place = lex.foreign.longest(toks, a);
    if (place && place.end === b && !perAfter) return mk('LOCATION', CONF_CUED);
    // CamelCase brand and company names (VietinBank, OceanBank, BankPay).
    if (len === 1 && toks[a].camel) return mk('ORGANIZATION', CONF_SHAPE);

    const foreign = (() => {
      for (let p = a; p < b; p++) if (foreignAt(p)) return true;
      return false;
    })();
    // A landscape word written with a capital opens the place's name ("trên Sông Hồng", "Núi Bà Đen"): not a
    // person, whatever given names follow. (Not "Hồ", which is also a surname.)
    if (len >= 2 && !lex.surnames.has(toks[a].w)) {
      const u = lex.units.longest(toks, a);
      if (u && u.vals[0] === 'geo' && u.end < b && lex.notPerson.longest(toks, a)) return mk('LOCATION', CONF_SHAPE);
    }
    if (b < n && lex.orgAfter.longest(toks, b)) return mk('ORGANIZATION', CONF_CUED);
    if (cueBefore(a, lex.orgBefore)) return mk('ORGANIZATION', CONF_CUED);
    const adm = idx.names.get(keyOf(a, b));
    if (cueBefore(a, lex.locBefore)) {
      // "ở Dư" is rare; a Vietnamese run after a preposition is a place when it is a known unit or foreign.
      if (foreign || adm || !lex.surnames.has(toks[a].w) || len === 1) return mk('LOCATION', CONF_CUED);
    }
    if (perAfter) return mk('PERSON', CONF_CUED);
    // A commune or ward with a non-Vietnamese-spelled name ("Pleiku", "Ia Grai") is that place, not a foreigner.
    if (foreign && adm) return mk('LOCATION', CONF_SHAPE);
    if (foreign) return mk('PERSON', CONF_SHAPE);
    // "Ngô Quyền đánh tan quân Nam Hán": a hero's name that a ward also bears is the hero when nothing cues a
    // place; shape-only, so "phường Ngô Quyền" elsewhere in the article still makes the bare name the ward.
    if (adm && lex.namesakes.longest(toks, a)?.end === b) return mk('PERSON', CONF_SHAPE);
    if (adm && len >= 2) return mk('LOCATION', CONF_SHAPE);
    // A Vietnamese capital followed by a lower-case content word is usually the capitalised first syllable
    // of a common compound ("Quốc gia", "Chiến tranh", "Dự án"), not a name.
    if (!endsPhrase(b)) return null;
    // After a word that never precedes a person ("dòng họ Nguyễn", "đường Lý Thái Tổ"), shape is no evidence.
    if (lex.notPerson.endsAt(toks, a, 2)) return null;
    // Vietnamese syllables: a surname opening 2–4 syllables, or given/middle names only.
    if (lex.surnames.has(toks[a].w) && len >= 2 && len <= MAX_PERSON_SYLLABLES) return mk('PERSON', CONF_SHAPE);
    let names = len <= 3;
    for (let p = a; p < b && names; p++) names = lex.givens.has(toks[p].w) || lex.middles.has(toks[p].w);
    if (names && lex.givens.has(toks[b - 1].w)) return mk('PERSON', CONF_SHAPE);
    return null;
  }
}
