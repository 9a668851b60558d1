// Re-anchoring: finds where a stored annotation's words are in the article text now. Pure.
//
// Order: (1) the stored position, when it still holds the quote with its context — the article has not
// changed there; (2) the quote's exact occurrences and its approximate ones (in the whole text, where
// the stored context still matches, and near the old position), each scored on quote, prefix, suffix and
// nearness (match-quote.ts).
// Unlike Hypothesis, a candidate must pass MINIMUMS on its own evidence and must clearly beat any other
// place: a reader's note that is not found (an orphan, null) is listed as such; a note painted on the
// wrong words is a silent lie.
import type { RangeSelectors } from './selectors';
import { foldKey, foldText, toOriginalRange } from '../text/normalize';
import { distinctPlaces, exactOccurrences, fuzzyMatches, scoreCandidate, type Candidate, type QuoteContext } from './match-quote';

/**
 * Least similarity between the stored quote and the found text (1 − edits/length). 0.75: a reworded
 * figure or a fixed typo still matches ("thu 243 tỷ" → "thu được 243 tỷ"); a different sentence that
 * shares a few words does not. Also bounds the fuzzy search (fewer allowed edits is also faster).
 */
export const MIN_QUOTE_SIMILARITY = 0.75;
/**
 * Least context similarity for an APPROXIMATE match: the words changed, so their surroundings must mostly
 * agree. Measured on the seed article: one 32-character side against unrelated text of the same article
 * scores 0.28 (median), 0.50 (99th percentile); one side intact plus one unrelated averages ≈ 0.64.
 */
export const MIN_FUZZY_CONTEXT_SIMILARITY = 0.6;
/**
 * An exact quote at least this long is evidence on its own (its context may have been rewritten).
 * Shorter quotes ("2 cấp", "Hà Trung") occur all over an article, so they also need context.
 */
export const SELF_EVIDENT_QUOTE_LEN = 24;
/**
 * A shorter exact quote that occurs exactly ONCE in the new text is also accepted from this length on:
 * a unique phrase of a dozen characters ("Hai xã cùng tăng thu") is the reader's words even when both
 * neighbouring sentences were rewritten; "Hà Trung" (8) or "2 cấp" (5) could be a different mention.
 */
export const UNIQUE_QUOTE_LEN = 12;
/**
 * Least context similarity (prefix and suffix, weighted) for a short exact quote and for any fuzzy match.
 * 0.5: one side intact is enough (a paragraph inserted just before the quote rewrites its prefix); two
 * sides of unrelated text score about 0.2–0.4 and are refused.
 */
export const MIN_CONTEXT_SIMILARITY = 0.5;
/**
 * Least lead of the best place over the next distinct place (combined score). Closer than this, the
 * evidence cannot tell them apart and the annotation is left unanchored rather than guessed.
 */
export const AMBIGUITY_MARGIN = 0.05;

export type AnchorStrategy = 'position' | 'quote-exact' | 'quote-fuzzy';

export interface AnchorResult {
  start: number;
  end: number;
  strategy: AnchorStrategy;
  /** Combined score 0..1 (1 for an unchanged position). */
  score: number;
}

function acceptable(c: Candidate, quoteLen: number, exactCount: number): boolean {
  if (c.quoteSim < MIN_QUOTE_SIMILARITY) return false;
  if (c.errors > 0) return c.contextSim >= MIN_FUZZY_CONTEXT_SIMILARITY;
  if (quoteLen >= SELF_EVIDENT_QUOTE_LEN || (exactCount === 1 && quoteLen >= UNIQUE_QUOTE_LEN)) return true;
  return c.contextSim >= MIN_CONTEXT_SIMILARITY;
}

/** Same words in the same surroundings: two such places are copies of one passage, and the nearer one is fine. */
const perfect = (c: Candidate) => c.errors === 0 && c.contextSim === 1;

/**
 * Where the annotation described by `selectors` is in `text`, or null when it cannot be found with
 * confidence (an orphan). Never throws on odd input (out-of-range positions, empty quotes).
 */
export function anchor(text: string, selectors: RangeSelectors): AnchorResult | null {
  const [quote, pos] = selectors;
  const exact = quote.exact;
  if (!exact) return null;
  const hint = Number.isInteger(pos.start) ? pos.start : undefined;

  // (1) Unchanged around the stored position: no search at all.
  const { start, end } = pos;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && text.slice(start, end) === exact) {
    const before = text.slice(Math.max(0, start - quote.prefix.length), start);
    const after = text.slice(end, end + quote.suffix.length);
    if (before === quote.prefix && after === quote.suffix) return { start, end, strategy: 'position', score: 1 };
  }

  // (2) Search on the folded copies (NFC, lower case, one tone placement): a site that re-encodes its text
  // (NFD, "hoà" for "hòa") must not orphan a reader's note. Offsets map back to the page's own text.
  const folded = foldText(text);
  const found = searchQuote(folded.folded, foldKey(exact), {
    prefix: foldKey(quote.prefix),
    suffix: foldKey(quote.suffix),
    hint,
  });
  if (!found) return null;
  const [s0, e0] = toOriginalRange(folded, found.start, found.end);
  return { ...found, start: s0, end: e0 };
}

/** Exact occurrences, plus approximate places, scored and checked against the minimums. */
function searchQuote(text: string, exact: string, ctx: QuoteContext): AnchorResult | null {
  if (!exact) return null;
  const occurrences = exactOccurrences(text, exact, ctx.hint);
  const candidates: Candidate[] = occurrences.map((at) => scoreCandidate(text, exact, ctx, at, at + exact.length, 0));
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  // Exact places are already scored above: only the approximate ones are added.
  for (const m of fuzzyMatches(text, exact, maxErrors, ctx)) if (m.errors > 0) candidates.push(scoreCandidate(text, exact, ctx, m.start, m.end, m.errors));
  if (!candidates.length) return null;

  const places = distinctPlaces(candidates);
  const best = places[0];
  if (!acceptable(best, exact.length, occurrences.length)) return null;
  const runnerUp = places.find((c) => c !== best && c.quoteSim >= MIN_QUOTE_SIMILARITY);
  if (runnerUp && best.score - runnerUp.score < AMBIGUITY_MARGIN && !(perfect(best) && perfect(runnerUp))) return null;
  return { start: best.start, end: best.end, strategy: best.errors === 0 ? 'quote-exact' : 'quote-fuzzy', score: best.score };
}