// CSV export: one row per annotation, opened correctly by Excel and LibreOffice in Vietnamese.
// UTF-8 with a BOM (Excel guesses a legacy code page without it), RFC 4180 quoting, CRLF line ends.
import type { SavedArticle } from '../../shared/records';

export const CSV_COLUMNS = [
  'title',
  'url',
  'published',
  'province',
  'type',
  'text',
  'value',
  'currency',
  'unit',
  'qualifier',
  'start',
  'end',
  'source',
  'note',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A spreadsheet treats a cell starting with one of these as a formula ("CSV injection"). Page text is
 * data: such text cells get a leading apostrophe, which spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote a field containing a comma, a quote or a line break; double inner quotes. */
export function csvField(v: string | number | undefined, isText = false): string {
  if (v === undefined) return '';
  let s = String(v);
  if (isText && FORMULA_START.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function serializeCsv(saved: readonly SavedArticle[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const { article, annotations } of saved) {
    for (const a of annotations) {
      const [, pos] = a.selectors;
      rows.push(
        [
          csvField(article.title, true),
          csvField(article.url),
          csvField(article.published),
          csvField(article.province, true),
          csvField(a.type),
          csvField(a.text, true),
          csvField(a.value, typeof a.value === 'string'),
          csvField(a.currency),
          csvField(a.unit, true),
          csvField(a.qualifier, true),
          csvField(pos.start),
          csvField(pos.end),
          csvField(a.source),
          csvField(a.note, true),
        ].join(','),
      );
    }
  }
  return BOM + rows.join(CRLF) + CRLF;
}
