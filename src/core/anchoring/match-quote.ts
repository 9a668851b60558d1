// Finding a stored quote in a (possibly changed) text: candidate places and their scores. Pure.
//
// Scoring follows Hypothesis' match-quote.ts (quote, prefix, suffix and position weights), but a
// candidate also carries its parts so anchor.ts can apply MINIMUMS to each of them: Hypothesis takes the
// best candidate whatever its score, which is how a note ends up on the wrong words.
import approxSearch from 'approx-string-match';
import { similarity } from './similarity';

/** Weights of the combined score (Hypothesis' values): the quote matters most, the position only breaks ties. */
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;

/** Cap on exact occurrences scored (the ones nearest the old position are kept): a 1-character quote
 * in a long text would otherwise cost one context comparison per occurrence. */
export const MAX_EXACT_CANDIDATES = 1000;
/** Cap on allowed edits in the fuzzy search: its cost grows with errors/32 × text length. */
export const MAX_FUZZY_ERRORS = 256;
/**
 * Characters searched on each side of the old position for a local fuzzy match. The whole-text fuzzy
 * search only reports the places with the fewest edits; a lightly edited quote at its own place must not
 * lose to a different passage elsewhere that happens to need one edit less.
 */
export const LOCAL_WINDOW = 2000;
/**
 * Edit budget of the quote-with-context search, as a similarity. Looser than the quote's own minimum:
 * one side of the context may have been rewritten entirely. It only proposes places; scoring decides.
 */
export const CONTEXT_SEARCH_SIMILARITY = 0.6;

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote started before (the stored position selector). */
  hint?: number;
}

export interface Candidate {
  start: number;
  end: number;
  /** Edits between the stored quote and text[start, end). */
  errors: number;
  /** 1 − errors / quote length. */
  quoteSim: number;
  /** Weighted similarity of the text around the candidate to the stored prefix/suffix (1 when none stored). */
  contextSim: number;
  /** Combined score 0..1 (Hypothesis' formula). */
  score: number;
}

export function scoreCandidate(text: string, quote: string, ctx: QuoteContext, start: number, end: number, errors: number): Candidate {
  const quoteSim = Math.max(0, 1 - errors / quote.length);
  const prefixSim = ctx.prefix ? similarity(text.slice(Math.max(0, start - ctx.prefix.length), start), ctx.prefix) : 1;
  const suffixSim = ctx.suffix ? similarity(text.slice(end, end + ctx.suffix.length), ctx.suffix) : 1;
  // Only the sides that were stored count: a quote at the very start of the article has no prefix.
  const pw = ctx.prefix ? PREFIX_WEIGHT : 0;
  const sw = ctx.suffix ? SUFFIX_WEIGHT : 0;
  const contextSim = pw + sw ? (pw * prefixSim + sw * suffixSim) / (pw + sw) : 1;
  const posSim = ctx.hint === undefined || !text.length ? 1 : 1 - Math.min(1, Math.abs(start - ctx.hint) / text.length);
  const score =
    (QUOTE_WEIGHT * quoteSim + PREFIX_WEIGHT * prefixSim + SUFFIX_WEIGHT * suffixSim + POSITION_WEIGHT * posSim) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { start, end, errors, quoteSim, contextSim, score };
}

/** Every exact occurrence of `quote` (overlapping ones too), the MAX_EXACT_CANDIDATES nearest `hint` when there are more. */
export function exactOccurrences(text: string, quote: string, hint = 0): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push(at);
  if (out.length <= MAX_EXACT_CANDIDATES) return out;
  return out
    .sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint))
    .slice(0, MAX_EXACT_CANDIDATES)
    .sort((a, b) => a - b);
}

/** Regions searched for the quote when they come from the context search (at most this many). */
export const MAX_CONTEXT_REGIONS = 20;

function searchIn(text: string, quote: string, errors: number, from: number, to: number): Array<{ start: number; end: number; errors: number }> {
  const lo = Math.max(0, from);
  return approxSearch(text.slice(lo, Math.min(text.length, to)), quote, errors).map((m) => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }));
}

/**
 * Places matching `quote` with at most `maxErrors` edits. approx-string-match reports only the places
 * with the FEWEST edits, so a lightly edited quote at its own place can lose to a similar sentence
 * elsewhere that needs one edit less (news articles repeat their phrases). Hence three searches:
 * the quote in the whole text; the quote with its stored context (where the surroundings agree, the
 * quote is searched again locally); and the quote near its old position.
 */
export function fuzzyMatches(
  text: string,
  quote: string,
  maxErrors: number,
  ctx: QuoteContext = { prefix: '', suffix: '' },
): Array<{ start: number; end: number; errors: number }> {
  const errors = Math.min(MAX_FUZZY_ERRORS, maxErrors);
  if (errors < 1 || !quote.length) return [];
  const found = approxSearch(text, quote, errors);
  const withContext = ctx.prefix + quote + ctx.suffix;
  if (withContext.length > quote.length) {
    const ctxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(withContext.length * (1 - CONTEXT_SEARCH_SIMILARITY)));
    for (const region of approxSearch(text, withContext, ctxErrors).slice(0, MAX_CONTEXT_REGIONS)) {
      found.push(...searchIn(text, quote, errors, region.start, region.end));
    }
  }
  if (ctx.hint !== undefined && text.length > quote.length + 2 * LOCAL_WINDOW) {
    found.push(...searchIn(text, quote, errors, ctx.hint - LOCAL_WINDOW, ctx.hint + quote.length + LOCAL_WINDOW));
  }
  return found;
}

/** Overlapping candidates are one place: keep the best-scoring one of each cluster, best first. */
export function distinctPlaces(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.score - a.score || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}
