// One entry point for every export format: saved articles in, a file (name, type, text) out. Pure.
import type { ExportFormat } from '../../shared/messages';
import type { SavedArticle } from '../../shared/records';
import { serializeCsv } from './csv';
import { exportFilename } from './filename';
import { serializeJson } from './json';
import { serializeMarkdown } from './markdown';
import { serializeWebAnno } from './webanno';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

const FORMATS: Record<ExportFormat, { ext: string; mime: string; write: (s: readonly SavedArticle[], now: Date) => string }> = {
  json: { ext: 'json', mime: 'application/json', write: serializeJson },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8', write: (s) => serializeCsv(s) },
  md: { ext: 'md', mime: 'text/markdown;charset=utf-8', write: serializeMarkdown },
  webanno: { ext: 'jsonld', mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', write: serializeWebAnno },
};

export function buildExport(format: ExportFormat, saved: readonly SavedArticle[], now: Date = new Date()): ExportFile {
  const f = FORMATS[format];
  if (!f) throw new Error(`Định dạng xuất không được hỗ trợ: "${String(format)}" (unsupported export format)`);
  return {
    filename: exportFilename(
      saved.map((s) => s.article.title),
      f.ext,
      now,
    ),
    mime: f.mime,
    content: f.write(saved, now),
  };
}

export { parseLibraryFile, ImportFormatError, SCHEMA_VERSION } from './json';
