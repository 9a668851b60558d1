// Stored annotation → the core's Span shape, so exports format values with the same code (format.ts)
// as the hover card and the popup.
import type { Span } from '../types';
import type { AnnotationRecord } from '../../shared/records';

/** A reader's USER highlight has no entity type: formatting code sees it as a span with no meaning fields. */
export function annotationSpan(a: AnnotationRecord): Span {
  const [, pos] = a.selectors;
  const { type, text, value, currency, unit, qualifier, per, of, valueMin, valueMax, modifier, place, expansion } = a;
  // USER spans only pass through formatValue/describePlace, which return nothing for an unknown type.
  return { start: pos.start, end: pos.end, type: type as Span['type'], text, value, currency, unit, qualifier, per, of, valueMin, valueMax, modifier, place, expansion };
}
