// The article tokenized ONCE for the summarizer: every syllable of the folded copy (NFC, lower case, one tone
// placement — the same folding as foldKey) becomes an integer id, and each sentence is a range of that token
// list. Everything downstream (similarity vectors, title match, figures, entity keys) works on these ids,
// so no sentence is re-tokenized, re-folded or re-joined into strings, and a 1 MB page stays linear.
import { foldKey, foldText, type MatchText } from '../text/normalize';
import type { SentenceRange } from '../text/sentences';
import { isStopSyllable } from '../text/stop-syllables';
import { syllableCharLength } from '../text/char-class';

const SYLLABLE_RE = /[\p{L}\p{M}\p{N}]+/gu;
const DIGIT_RE = /\p{N}/u;

/** Interned syllable forms (and other terms) with per-form facts computed once per distinct form. */
export class Lexicon {
  private readonly ids = new Map<string, number>();
  /** 1 when the form is a function syllable (see stop-syllables.ts). */
  readonly stop: number[] = [];
  /** 1 when the form carries a digit ("2025", "8"). */
  readonly digit: number[] = [];

  get size(): number {
    return this.ids.size;
  }

  /** Id of a folded form, assigning the next id to a new one. */
  id(form: string): number {
    let id = this.ids.get(form);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(form, id);
      this.stop.push(isStopSyllable(form) ? 1 : 0);
      this.digit.push(DIGIT_RE.test(form) ? 1 : 0);
    }
    return id;
  }

  /** Ids of the syllables of a short string (a title, a span) folded like the article. */
  idsOf(s: string): number[] {
    const out: number[] = [];
    const folded = foldKey(s);
    SYLLABLE_RE.lastIndex = 0;
    for (let m = SYLLABLE_RE.exec(folded); m; m = SYLLABLE_RE.exec(folded)) out.push(this.id(m[0]));
    return out;
  }
}

export interface TokenizedText {
  lexicon: Lexicon;
  /** Form id of each token, in text order. */
  form: Int32Array;
  /** Start offset of each token in the ORIGINAL text. */
  start: Int32Array;
  /** Tokens of sentence i are [first[i], last[i]). */
  first: Int32Array;
  last: Int32Array;
}

/** Tokenizes `text` once and assigns tokens to the given (ordered, disjoint) sentences. */
export function tokenize(text: string, segs: SentenceRange[], folded?: MatchText): TokenizedText {
  const m = folded ?? foldText(text);
  const f = m.folded;
  const lexicon = new Lexicon();
  const forms: number[] = [];
  const starts: number[] = [];
  // Maximal runs of letters/marks/digits, exactly what SYLLABLE_RE matches, found with a character table
  // instead of a regex exec per syllable (this loop sees every character of the page).
  const n = f.length;
  let i = 0;
  while (i < n) {
    let len = syllableCharLength(f, i);
    if (len === 0) {
      i++;
      continue;
    }
    const a = i;
    do i += len;
    while (i < n && (len = syllableCharLength(f, i)) > 0);
    forms.push(lexicon.id(f.slice(a, i)));
    starts.push(m.toOrig[a]);
  }
  const first = new Int32Array(segs.length);
  const last = new Int32Array(segs.length);
  let t = 0;
  for (let i = 0; i < segs.length; i++) {
    while (t < starts.length && starts[t] < segs[i].start) t++;
    first[i] = t;
    while (t < starts.length && starts[t] < segs[i].end) t++;
    last[i] = t;
  }
  return { lexicon, form: Int32Array.from(forms), start: Int32Array.from(starts), first, last };
}

/** Number of tokens of sentence i. */
export function tokenCount(tt: TokenizedText, i: number): number {
  return tt.last[i] - tt.first[i];
}

/** True when tokens [a, a + ids.length) equal `ids`. */
export function sameIds(form: Int32Array, a: number, b: number, ids: readonly number[]): boolean {
  if (b - a !== ids.length) return false;
  for (let k = 0; k < ids.length; k++) if (form[a + k] !== ids[k]) return false;
  return true;
}
