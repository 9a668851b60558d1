// Syllable tokens over the folded matching copy. Vietnamese writes one syllable per space-separated word,
// so a "token" is a run of letters/digits (a syllable, a number or an abbreviation) or one punctuation mark.
// Capitalisation is read from the ORIGINAL text (the folded copy is lower case): it is the strongest
// signal a name starts, since official style capitalises proper names and the first word of titles.
import type { MatchText } from '../text/normalize';

export interface Tok {
  /** Start/end in the folded copy. */
  s: number;
  e: number;
  /** Folded text of the token. */
  w: string;
  /** A syllable/number (not punctuation). */
  word: boolean;
  /** First letter upper case in the original. */
  cap: boolean;
  /** Every letter upper case and at least two letters (UBND, HĐND, THPT): an abbreviation. */
  up: boolean;
  /** Capitalised with an inner capital after a small letter (VietinBank, OceanBank): a brand's spelling. */
  camel: boolean;
  /** Starts with a digit. */
  num: boolean;
  /** First word of a sentence/line/quote: capitalised for grammar, not because it is a name. */
  ss: boolean;
}

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0;
const isApos = (c: number): boolean => c === 0x27 || c === 0x2019;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
// Marks after which the next word starts a sentence (or a heading/caption line).
const SENTENCE_END = new Set(['.', '!', '?', ':', '…', '\n', '"', '“', '”', '(', '[', '-', '–', '—', ';', '•', '*', "'", '‘']);

/** Word characters: letters (incl. combining marks from NFC leftovers), digits. Non-letter symbols ≥ 0xC0 are rare in news text. */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!isWordChar(c)) return false;
  if (c < 0xc0) return true;
  // Exclude typographic punctuation in the general-punctuation block and symbols.
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return true;
}

/**
 * Some sites type the Icelandic eth (Ð U+00D0, folded ð) for the Vietnamese Đ (U+0110): they look alike,
 * so "Ðây", "Ðà Nẵng" must match the lexicon like "Đây", "Đà Nẵng". Same length, so offsets hold.
 */
const wordKey = (w: string): string => (w.includes('ð') ? w.replace(/ð/g, 'đ') : w);

export function tokenize(m: MatchText, original: string): Tok[] {
  const f = m.folded;
  const n = f.length;
  const toks: Tok[] = [];
  let i = 0;
  let sentenceStart = true;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a) {
        // A line break closes every name: a title line, a heading or a caption never runs on into the next
        // paragraph ("… Buôn Ma Thuột" + "Chiều 11/11 …"). One punctuation-like token per break, so
        // capitalised runs, names and bodies stop there exactly as at a full stop.
        if (!sentenceStart || toks.length === 0 || toks[toks.length - 1].w !== '\n') {
          toks.push({ s: i, e: i + 1, w: '\n', word: false, cap: false, up: false, camel: false, num: false, ss: false });
        }
        sentenceStart = true;
      }
      i++;
      continue;
    }
    if (wordCharAt(f, i)) {
      let j = i + 1;
      while (j < n) {
        if (wordCharAt(f, j)) j++;
        else if (isApos(f.charCodeAt(j)) && j + 1 < n && wordCharAt(f, j + 1) && j - i <= 2) j++; // H'Hen, K'Ho
        else break;
      }
      const o = m.toOrig[i];
      // ASCII fast path (no string allocated): only A–Z change under lower-casing there.
      const occ = original.charCodeAt(o);
      let cap: boolean;
      if (occ < 0x80) cap = occ >= 0x41 && occ <= 0x5a;
      else {
        const oc = original[o] ?? '';
        cap = oc !== oc.toLowerCase();
      }
      let up = false;
      let camel = false;
      if (cap && j - i >= 2) {
        const os = original.slice(o, m.toOrig[j] ?? original.length);
        up = os === os.toUpperCase() && /\p{L}.*\p{L}/u.test(os);
        camel = !up && /\p{Ll}\p{Lu}/u.test(os);
      }
      const num = c >= 0x30 && c <= 0x39;
      toks.push({ s: i, e: j, w: wordKey(f.slice(i, j)), word: true, cap, up, camel, num, ss: sentenceStart });
      sentenceStart = false;
      i = j;
      continue;
    }
    const ch = f[i];
    toks.push({ s: i, e: i + 1, w: ch, word: false, cap: false, up: false, camel: false, num: false, ss: false });
    if (SENTENCE_END.has(ch)) sentenceStart = true;
    i++;
  }
  return toks;
}

/** Tokens of a lexicon phrase (already folded), by the same rules, for trie keys. */
export function phraseTokens(folded: string): string[] {
  const out: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (wordCharAt(folded, i)) {
      let j = i + 1;
      while (j < n && (wordCharAt(folded, j) || (isApos(folded.charCodeAt(j)) && j + 1 < n && wordCharAt(folded, j + 1) && j - i <= 2))) j++;
      out.push(wordKey(folded.slice(i, j)));
      i = j;
    } else {
      out.push(folded[i]);
      i++;
    }
  }
  return out;
}

/**
 * Folded words of tokens [a, b) joined by spaces: the key the phrase lexicons are looked up with. Called for
 * most tokens of the grammar's main pass, so it joins in a loop rather than slice/map/join (three
 * allocations per call). A negative `a` or `b` keeps Array#slice's from-the-end meaning.
 */
export function joinWords(toks: readonly Tok[], a: number, b: number): string {
  if (a < 0 || b < 0) return toks.slice(a, b).map((t) => t.w).join(' ');
  const e = b < toks.length ? b : toks.length;
  if (a >= e) return '';
  let key = toks[a].w;
  for (let j = a + 1; j < e; j++) key += ' ' + toks[j].w;
  return key;
}
