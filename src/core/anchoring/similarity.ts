// How alike two short strings are, 0..1, with the approximate matcher Hypothesis uses
// (approx-string-match: Myers' bit-parallel edit distance). Pure.
import approxSearch from 'approx-string-match';

/**
 * 1 − (fewest edits to find `expected` somewhere in `actual`) / expected.length. Substring matching
 * (not whole-string distance) so a context that merely moved by a character or two still scores high.
 * Empty strings score 0: nothing to compare is no evidence.
 */
export function similarity(actual: string, expected: string): number {
  if (!expected.length || !actual.length) return 0;
  if (actual.includes(expected)) return 1;
  const matches = approxSearch(actual, expected, expected.length);
  if (!matches.length) return 0;
  return Math.max(0, 1 - matches[0].errors / expected.length);
}
