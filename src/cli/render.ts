// Output formats of `soitin analyze`. JSON is the CLI's own; Markdown and CSV are the library's export
// formats (src/core/export), so a file made here reads the same as one exported from the popup.
import type { SavedArticle } from '../shared/records';
import { serializeMarkdown } from '../core/export/markdown';
import { serializeCsv } from '../core/export/csv';
import { normalizeUrl, textHash } from '../core/identity';
import { autoAnnotations } from '../store/annotations';
import type { DocumentResult } from './document';

export type OutputFormat = 'json' | 'md' | 'csv';

export function renderResult(result: DocumentResult, format: OutputFormat, now: Date = new Date()): string {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  const saved = [asSavedArticle(result, now)];
  return format === 'md' ? serializeMarkdown(saved, now) : serializeCsv(saved);
}

/** The shape the exporters take: one unsaved article (id 0) with its automatic annotations. */
function asSavedArticle(r: DocumentResult, now: Date): SavedArticle {
  const url = r.url ?? '';
  const key = (url && normalizeUrl(url)) || url;
  let site = '';
  try {
    site = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    // not a URL (file name given as --url): no site
  }
  return {
    article: {
      key,
      url,
      site,
      title: r.title ?? '',
      published: r.published ?? undefined,
      province: r.province ?? undefined,
      isProvincial: r.isProvincial,
      provincialScore: r.provincialScore,
      textHash: textHash(r.text),
      text: r.text,
      analyzedAt: now.getTime(),
      createdAt: now.getTime(),
    },
    annotations: autoAnnotations(0, r.text, r.entities),
    summary: r.summary,
  };
}
