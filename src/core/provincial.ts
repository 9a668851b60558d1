// STUB — owned by the summary/text helper.
import type { AnalyzeMeta, ProvincialVerdict, Span } from './types';
export function scoreProvincial(_text: string, _entities: Span[], _meta: AnalyzeMeta): ProvincialVerdict {
  return { score: 0, isProvincial: false, signals: [] };
}
