// Matching copy of a text: NFC, one tone-mark placement ("hoà" → "hòa", "Thuỷ" → "Thủy"), and lower case,
// with a map from every index of the copy back to the original. Recognizers match on the copy and report
// offsets in the page's own text, which is never rewritten.

/** Old-style tone placement (on the first vowel of oa/oe/uy, as official names write it) → new style (on the second). */
const OLD_TO_NEW_TONE: Record<string, string> = {
  òa: 'oà', óa: 'oá', ỏa: 'oả', õa: 'oã', ọa: 'oạ',
  òe: 'oè', óe: 'oé', ỏe: 'oẻ', õe: 'oẽ', ọe: 'oẹ',
  ùy: 'uỳ', úy: 'uý', ủy: 'uỷ', ũy: 'uỹ', ụy: 'uỵ',
};

// Both spellings occur in news and in official lists; we fold everything to ONE form. The official
// gazetteers (and most provincial papers) write "Hòa", "Thủy", "Ủy": the tone on the first vowel.
const NEW_TO_OLD: Record<string, string> = {};
for (const [oldForm, newForm] of Object.entries(OLD_TO_NEW_TONE)) NEW_TO_OLD[newForm] = oldForm;
// Only open syllables differ between the two styles ("hoà"/"hòa"); with a final consonant ("hoàn") both
// put the tone on the second vowel, and "qu" is a consonant ("quý"). So: not after q, not before a letter.
const TONE_PAIR = new RegExp(`(?<!q)(?:${Object.keys(NEW_TO_OLD).join('|')})(?!\\p{L})`, 'gu');

export interface MatchText {
  /** The folded copy: NFC, lower case, tone on the first vowel of oa/oe/uy. */
  folded: string;
  /** toOrig[i] = index in the original of folded[i]; toOrig[folded.length] = original length. */
  toOrig: Int32Array;
}

/** Folds one short string (a gazetteer key, a cue word) the same way as foldText does. */
export function foldKey(s: string): string {
  if (s.length > FOLD_CACHE_MAX_KEY) return foldUncached(s);
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size >= FOLD_CACHE_MAX_ENTRIES) foldCache.clear();
    f = foldUncached(s);
    foldCache.set(s, f);
  }
  return f;
}

// foldKey runs per syllable in tokenizers and per cue word in scorers, on a small vocabulary that repeats:
// memoising it saves the NFC + lower-case + regex work. It is a pure function, so results are unchanged.
/** Longer strings (a title, a sentence) rarely repeat, so they are not cached. */
const FOLD_CACHE_MAX_KEY = 48;
/** Bounds memory on huge inputs: the cache is simply emptied when it reaches this size. */
const FOLD_CACHE_MAX_ENTRIES = 50_000;
const foldCache = new Map<string, string>();

function foldUncached(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(TONE_PAIR, (m) => NEW_TO_OLD[m] ?? m);
}

/**
 * Builds the folded matching copy with an offset map. Works grapheme by grapheme: each original code
 * point run that NFC composes into one character maps back to the run's first index.
 */
export function foldText(text: string): MatchText {
  // Fast path (almost every page): the text is already NFC and lower-casing keeps its length, so the
  // copy lines up index for index with the original and the map is the identity. Both checks are native
  // and linear; only pages with NFD text or length-changing case maps take the per-character walk.
  if (text.normalize('NFC') === text) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) {
      const toOrig = new Int32Array(text.length + 1);
      for (let k = 0; k <= text.length; k++) toOrig[k] = k;
      return { folded: lower.replace(TONE_PAIR, (m) => NEW_TO_OLD[m] ?? m), toOrig };
    }
  }
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A base character plus any following combining marks (U+0300–U+036F) forms one unit to compose.
    let j = i + 1;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < n) {
      const m = text.charCodeAt(j);
      if (m >= 0x300 && m <= 0x36f) j++;
      else break;
    }
    const unit = j - i === 1 ? text[i] : text.slice(i, j).normalize('NFC');
    const lower = unit.toLowerCase();
    // toLowerCase can change length (e.g. "İ" → "i̇"); keep the map aligned per UTF-16 unit.
    for (let k = 0; k < lower.length; k++) {
      parts.push(lower[k]);
      map.push(i);
    }
    i = j;
  }
  let folded = parts.join('');
  if (folded.length !== map.length) throw new Error('foldText: map out of step');
  // Tone placement rewrite keeps length (two chars → two chars), so the map stays valid.
  folded = folded.replace(TONE_PAIR, (m) => NEW_TO_OLD[m] ?? m);
  const toOrig = new Int32Array(map.length + 1);
  for (let k = 0; k < map.length; k++) toOrig[k] = map[k];
  toOrig[map.length] = n;
  return { folded, toOrig };
}

/** Maps a [start, end) range of the folded copy back to the original text. */
export function toOriginalRange(m: MatchText, start: number, end: number): [number, number] {
  const s = m.toOrig[start];
  // End maps to the original index just after the last folded char's source unit.
  const e = end >= m.toOrig.length - 1 ? m.toOrig[m.toOrig.length - 1] : m.toOrig[end];
  return [s, Math.max(s, e)];
}
