// One document through the core: the JSON a user gets from `soitin analyze FILE`.
import { analyze } from '../core/analyze';
import type { Span, SummarySentence } from '../core/types';

export interface DocumentInput {
  text: string;
  isArticle: boolean;
  title?: string;
  published?: string;
  url?: string;
  summaryLength?: number;
}

/** The printed result; entity and summary offsets index `text`. */
export interface DocumentResult {
  isArticle: boolean;
  isProvincial: boolean;
  provincialScore: number;
  province: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  text: string;
  entities: Span[];
  summary: SummarySentence[];
}

export function analyzeDocument(input: DocumentInput): DocumentResult {
  const analysis = analyze(input.text, {
    title: input.title,
    published: input.published,
    url: input.url,
    summaryLength: input.summaryLength,
  });
  return {
    isArticle: input.isArticle,
    isProvincial: analysis.provincial.isProvincial,
    provincialScore: analysis.provincial.score,
    province: analysis.provincial.province ?? null,
    title: input.title ?? null,
    published: input.published ?? null,
    url: input.url ?? null,
    text: input.text,
    entities: analysis.entities,
    summary: analysis.summary,
  };
}
