// STUB — owned by the figures helper.
import type { Span } from '../types';
import type { RecognizerContext } from '../context';
export function recognizeFigures(_text: string, _ctx: RecognizerContext): Span[] {
  return [];
}
