// Stored annotation → the core's Span shape, so exports format values with the same code (format.ts)
// as the hover card and the popup.
import type { Span } from '../types';
import type { AnnotationRecord } from '../../shared/records';

export function annotationSpan(a: AnnotationRecord): Span {
  const [, pos] = a.selectors;
  const { type, text, value, currency, unit, qualifier, per, of, valueMin, valueMax, modifier, place, expansion } = a;
  return { start: pos.start, end: pos.end, type, text, value, currency, unit, qualifier, per, of, valueMin, valueMax, modifier, place, expansion };
}
