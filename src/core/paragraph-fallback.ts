// The safety net of the recognizers: a bug in a rule must never break analysis of a page, and one odd
// paragraph must not cost the whole article its highlights or figures.
import type { Span } from './types';

/**
 * `recognize` on the whole text; if it throws, on each paragraph alone (offsets shifted back), skipping only the
 * paragraphs that still throw. The recognizer must never break analysis of a page, and a rule that fails on one
 * odd sentence should not cost the whole article its highlights (paragraphs read alone lose the document
 * memory across them, nothing else).
 */
export function withParagraphFallback(text: string, recognize: (part: string) => Span[]): Span[] {
  try {
    return recognize(text);
  } catch {
    const out: Span[] = [];
    for (const [start, end] of paragraphRanges(text)) {
      try {
        for (const s of recognize(text.slice(start, end))) out.push({ ...s, start: s.start + start, end: s.end + start });
      } catch {
        // this paragraph stays unhighlighted
      }
    }
    return out;
  }
}

/** [start, end) of each non-blank line: the fallback's unit (a paragraph on a page, a line of plain text). */
function paragraphRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  return out;
}

