// STUB — owned by the entities helper.
import type { Span } from '../types';
import type { RecognizerContext } from '../context';
export function recognizeEntities(_text: string, _ctx: RecognizerContext): Span[] {
  return [];
}
