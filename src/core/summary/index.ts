// STUB — owned by the summary helper.
import type { AnalyzeMeta, Span, SummarySentence } from '../types';
export function summarize(_text: string, _entities: Span[], _meta: AnalyzeMeta): SummarySentence[] {
  return [];
}
