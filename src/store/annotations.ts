// Analysis spans → stored annotation records (with selectors), checked against the article text.
import type { Span } from '../core/types';
import type { AnnotationRecord } from '../shared/records';
import { StoreInputError } from './errors';
import { describeRange } from '../core/anchoring/selectors';

/** Span fields copied onto the record as they are (optional meaning fields; see Span). */
const COPIED_FIELDS = ['value', 'currency', 'unit', 'qualifier', 'per', 'of', 'valueMin', 'valueMax', 'modifier', 'place', 'expansion'] as const;

/**
 * One 'auto' annotation per span. A span whose offsets do not select its own text in `text` means the
 * analysis was run on a different text than the one being saved: refuse rather than store selectors
 * that point at the wrong words.
 */
export function autoAnnotations(articleId: number, text: string, spans: readonly Span[]): AnnotationRecord[] {
  return spans.map((span, i) => {
    const ok =
      Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
    if (!ok || text.slice(span.start, span.end) !== span.text) {
      throw new StoreInputError(
        `Kết quả phân tích không khớp với văn bản bài viết (entities[${i}] ${span.type} ${span.start}–${span.end} "${span.text}"). ` +
          '(The analysis does not match the article text.)',
      );
    }
    const rec: AnnotationRecord = {
      articleId,
      type: span.type,
      text: span.text,
      source: 'auto',
      anchor: 'quote+position/v1',
      selectors: describeRange(text, span.start, span.end),
    };
    for (const f of COPIED_FIELDS) {
      if (span[f] !== undefined) (rec as unknown as Record<string, unknown>)[f] = span[f];
    }
    return rec;
  });
}

/** Start offset of an annotation (position selector), for ordering in article order. */
export function startOf(a: AnnotationRecord): number {
  return a.selectors[1].start;
}

/** Article order; longer first at the same start (containers before what they contain). */
export function compareAnnotations(a: AnnotationRecord, b: AnnotationRecord): number {
  return startOf(a) - startOf(b) || b.selectors[1].end - a.selectors[1].end || a.type.localeCompare(b.type);
}
