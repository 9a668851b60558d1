// The one entry point of the pure core: text in, entities and summary out. No DOM, no extension APIs:
// the same function runs in the background worker, the CLI, the benchmarks and the unit tests.
import type { Analysis, AnalyzeMeta, Span } from './types';
import { foldText } from './text/normalize';
import { detectLanguage } from './lang';
import { recognizeEntities } from './entities';
import { recognizeFigures } from './figures';
import { summarize } from './summary';
import { scoreProvincial } from './provincial';

/** Orders spans by start, longer first, so containers come before what they contain. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.type.localeCompare(b.type);
}

export function analyze(text: string, meta: AnalyzeMeta = {}): Analysis {
  const lang = detectLanguage(text);
  if (lang !== 'vi') {
    return { lang, provincial: { score: 0, isProvincial: false, signals: ['not Vietnamese'] }, entities: [], summary: [] };
  }
  const folded = foldText(text);
  const ctx = { ...meta, folded };
  const entities = [...recognizeEntities(text, ctx), ...recognizeFigures(text, ctx)].sort(compareSpans);
  const provincial = scoreProvincial(text, entities, meta);
  const summary = summarize(text, entities, ctx);
  return { lang, provincial, entities, summary };
}
