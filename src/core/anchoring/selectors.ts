// W3C Web Annotation selectors for a range of the article text, stored with every annotation so it can
// be found again when the page changes (quote + context) or quickly when it has not (position).
// Pure: no DOM. Used by the store (automatic and reader annotations) and the exports.
import type { TextPositionSelector, TextQuoteSelector } from '../../shared/records';

/**
 * Characters of context kept on each side of the quote. 32 is what Hypothesis uses: enough to tell
 * repeated phrases apart ("2 cấp" occurs six times in the seed article), small enough to store cheaply.
 */
export const CONTEXT_LEN = 32;

export type RangeSelectors = [TextQuoteSelector, TextPositionSelector];

/**
 * Quote and position selectors for text[start, end). The caller guarantees 0 <= start <= end <= length
 * (the store validates offsets before calling).
 */
export function describeRange(text: string, start: number, end: number): RangeSelectors {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LEN), start),
      suffix: text.slice(end, end + CONTEXT_LEN),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
