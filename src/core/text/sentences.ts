// Sentence and paragraph segmentation for Vietnamese news text, in one linear pass per paragraph.
// A period ends a sentence only when whitespace and a sentence opener (capital, digit, opening quote)
// follow and the word before it is not an abbreviation (TP., PGS.TS., ThS.) or a name initial (N.V.A.).
// Numbers never split ("1.234,5", "30.4.1975") because a boundary needs whitespace after the mark.
// Newlines always end a sentence: extracted pages put headings, captions and paragraphs on their own lines.

export interface Range {
  start: number;
  end: number;
}

export interface SentenceRange extends Range {
  /** Index of the paragraph (non-blank line) the sentence belongs to. */
  para: number;
}

/**
 * Abbreviations written with a period that are followed by a name or a place, so the period never ends a
 * sentence. Case-sensitive on purpose: "TS." (tiến sĩ) is an abbreviation, a sentence ending in "ts." is not
 * a thing, and "TP.HCM." at the end of a sentence must still split (its last part "HCM" is not listed).
 */
const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'tp', 'TX', 'Tx', 'TT', 'Q', 'P', 'H', 'X',
  'TS', 'Ts', 'ThS', 'Ths', 'Th', 'PGS', 'GS', 'BS', 'BSCK', 'BSCKI', 'BSCKII', 'CKI', 'CKII', 'KS', 'KTS',
  'LS', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'TNXP', 'CN', 'GĐ', 'PGĐ', 'Đ',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'No', 'tr', 'Tr', 'Sđd', 'tel', 'Tel',
]);

/** Runs written with dots that CAN end a sentence although every part is one letter ("v.v." = etc.). */
const SENTENCE_FINAL_DOTTED = new Set(['v.v', 'V.v']);

/** Quoted passages longer than this are treated as unbalanced quotes and do not shield boundaries. */
const QUOTE_MAX_CHARS = 600;

/** Sentence-final marks: . ! ? … */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}
const CLOSERS = '”’"»)]\'';
const OPENER_RE = /[\p{Lu}\p{N}“"‘'«([]/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}.]/u;
const CONTENT_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /[ \t\u00a0\u2000-\u200b\u202f\u3000]/;
const UPPER_LETTER_RE = /^\p{Lu}$/u;

/** Non-blank lines, trimmed. Every line break (\n, \r, U+2028/9) is a paragraph break. */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(text.charCodeAt(j))) j++;
    const r = trimRange(text, i, j);
    if (r && CONTENT_RE.test(text.slice(r.start, r.end))) out.push(r);
    i = j + 1;
  }
  return out;
}

/** Sentence ranges (trimmed, never empty) with offsets into `text`. */
export function splitSentences(text: string): Range[] {
  return segmentSentences(text).map(({ start, end }) => ({ start, end }));
}

/** Sentence ranges with the index of their paragraph (for caption and layout heuristics). */
export function segmentSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const paras = splitParagraphs(text);
  for (let p = 0; p < paras.length; p++) {
    const { start: ps, end: pe } = paras[p];
    let s = ps;
    for (const b of boundaries(text, ps, pe)) {
      pushTrimmed(out, text, s, b, p);
      s = b;
    }
    pushTrimmed(out, text, s, pe, p);
  }
  return out;
}

function pushTrimmed(out: SentenceRange[], text: string, s: number, e: number, para: number): void {
  const r = trimRange(text, s, e);
  if (r && CONTENT_RE.test(text.slice(r.start, r.end))) out.push({ ...r, para });
}

/** Offsets (exclusive ends) where a sentence ends inside one paragraph. */
function boundaries(text: string, ps: number, pe: number): number[] {
  const quotes = quoteRanges(text, ps, pe);
  const out: number[] = [];
  let q = 0;
  let i = ps;
  while (i < pe) {
    // Char-code test first: this loop visits every character of the page.
    if (!isTerminator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    let j = i;
    while (j < pe && isTerminator(text.charCodeAt(j))) j++;
    const runEnd = j;
    while (j < pe && CLOSERS.includes(text[j])) j++;
    i = j;
    // Needs whitespace, then a sentence opener.
    let k = j;
    while (k < pe && SPACE_RE.test(text[k])) k++;
    if (k === j || k >= pe || !OPENER_RE.test(text[k])) continue;
    // Inside a quotation that is still open after the run: the quote continues.
    while (q < quotes.length && quotes[q].end <= runStart) q++;
    if (q < quotes.length && quotes[q].start < runStart && quotes[q].end > j) continue;
    if (runEnd - runStart === 1 && text[runStart] === '.' && isAbbreviationBefore(text, ps, runStart)) continue;
    out.push(j);
  }
  return out;
}

/** True when the word ending just before the period at `dot` is an abbreviation or an initial. */
function isAbbreviationBefore(text: string, ps: number, dot: number): boolean {
  let w = dot;
  while (w > ps && WORD_CHAR_RE.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (!word) return false;
  if (SENTENCE_FINAL_DOTTED.has(word)) return false;
  const parts = word.split('.').filter(Boolean);
  if (parts.length === 0) return false;
  const last = parts[parts.length - 1];
  if (ABBREVIATIONS.has(last)) return true;
  // "A." in "Nguyễn Văn A." or "N.V.A.": a lone capital is an initial, not the end of a sentence.
  if (UPPER_LETTER_RE.test(last)) return true;
  // "n.v.a." written in lower case: several one-letter parts.
  return parts.length > 1 && parts.every((p) => [...p].length === 1);
}

/**
 * Quoted passages inside a paragraph: curly “…” and «…» pairs, and straight "…" taken two by two.
 * Each range spans from the opening mark to the closing mark (exclusive end after the closing mark).
 */
function quoteRanges(text: string, ps: number, pe: number): Range[] {
  const out: Range[] = [];
  let openCurly = -1;
  let openGuillemet = -1;
  let openStraight = -1;
  for (let i = ps; i < pe; i++) {
    const c = text[i];
    if (c === '“') openCurly = i;
    else if (c === '”' && openCurly >= 0) {
      if (i - openCurly <= QUOTE_MAX_CHARS) out.push({ start: openCurly, end: i + 1 });
      openCurly = -1;
    } else if (c === '«') openGuillemet = i;
    else if (c === '»' && openGuillemet >= 0) {
      if (i - openGuillemet <= QUOTE_MAX_CHARS) out.push({ start: openGuillemet, end: i + 1 });
      openGuillemet = -1;
    } else if (c === '"') {
      if (openStraight < 0) openStraight = i;
      else {
        if (i - openStraight <= QUOTE_MAX_CHARS) out.push({ start: openStraight, end: i + 1 });
        openStraight = -1;
      }
    }
  }
  // Ranges of different quote kinds may nest; keep the outermost so the list is ordered and disjoint.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const disjoint: Range[] = [];
  for (const r of out) {
    const prev = disjoint[disjoint.length - 1];
    if (prev && r.start < prev.end) continue;
    disjoint.push(r);
  }
  return disjoint;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

function trimRange(text: string, s: number, e: number): Range | null {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}
