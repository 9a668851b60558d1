// Markdown report: one readable section per article (title link, site, date, province, summary, entities
// grouped by type, figures table with normalised values). Page text is data: every piece of it is
// escaped so it cannot add links, images, HTML or formatting, or break out of its line or table cell.
import { FIGURE_TYPES, ENTITY_TYPES, type EntityType } from '../types';
import { TYPE_STYLES, formatIsoDateVi, formatValue } from '../format';
import type { AnnotationRecord, SavedArticle } from '../../shared/records';
import { annotationSpan } from './span';
import { localDate } from './filename';

/** Inline-significant characters in CommonMark + GFM (emphasis, code, links, HTML, entities, tables, strike). */
const INLINE_SPECIALS = /[\\`*_[\]<>&|~]/g;
/** Characters that open a block (heading, quote, bullet) when they start a line or a list item's text. */
const BLOCK_MARK = /^([#>+-])/;
/** "12. " / "3) " opening a line or a list item's text would start a (nested) ordered list. */
const ORDERED_MARK = /^(\d{1,9})([.)])(?=\s|$)/;

/**
 * Escapes page text for inline use (a table cell, link text, after a label): one line, no markup.
 * Any ASCII punctuation may be backslash-escaped in CommonMark, so the rendered text is unchanged.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIALS, '\\$&');
}

/** As escapeMarkdown, for text that begins a list item or a line: also neutralises block markers. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text).replace(BLOCK_MARK, '\\$1').replace(ORDERED_MARK, '$1\\$2');
}

/** Only http(s) links are written; `<…>` keeps parentheses in the URL from ending the link. */
function link(label: string, url: string): string {
  let href: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return label;
    href = u.href;
  } catch {
    return label;
  }
  return `[${label}](<${href}>)`;
}

function entityLines(annotations: readonly AnnotationRecord[]): string[] {
  const lines: string[] = [];
  for (const type of ENTITY_TYPES.filter((t) => !FIGURE_TYPES.includes(t))) {
    const ofType = annotations.filter((a) => a.type === type);
    if (!ofType.length) continue;
    // Distinct mentions in first-seen order, with how often each occurs.
    const counts = new Map<string, number>();
    for (const a of ofType) counts.set(a.text, (counts.get(a.text) ?? 0) + 1);
    const items = [...counts].map(([text, n]) => (n > 1 ? `${escapeMarkdown(text)} (×${n})` : escapeMarkdown(text)));
    lines.push(`- **${TYPE_STYLES[type as EntityType].label}** (${ofType.length}): ${items.join(', ')}`);
  }
  return lines;
}

function figureTable(annotations: readonly AnnotationRecord[]): string[] {
  const figures = annotations.filter((a) => FIGURE_TYPES.includes(a.type as EntityType));
  if (!figures.length) return [];
  const rows = ['| Loại | Trong bài | Giá trị |', '| --- | --- | --- |'];
  for (const a of figures) {
    const value = formatValue(annotationSpan(a));
    const shown = value === undefined ? '' : a.qualifier ? `${a.qualifier} ${value}` : value;
    rows.push(`| ${TYPE_STYLES[a.type as EntityType].label} | ${escapeMarkdown(a.text)} | ${escapeMarkdown(shown)} |`);
  }
  return rows;
}

function articleSection({ article, annotations, summary }: SavedArticle): string {
  const out: string[] = [`## ${link(escapeMarkdown(article.title) || 'Không có tiêu đề', article.url)}`, ''];
  if (article.site) out.push(`- Trang: ${escapeMarkdown(article.site)}`);
  if (article.published) out.push(`- Ngày đăng: ${escapeMarkdown(formatIsoDateVi(article.published))}`);
  if (article.province) out.push(`- Tỉnh/thành: ${escapeMarkdown(article.province)}`);
  out.push('');
  if (summary.length) {
    out.push('### Tóm tắt', '');
    summary.forEach((s, i) => out.push(`${i + 1}. ${escapeMarkdownLine(s.text)}`));
    out.push('');
  }
  const entities = entityLines(annotations);
  if (entities.length) out.push('### Thực thể', '', ...entities, '');
  const figures = figureTable(annotations);
  if (figures.length) out.push('### Số liệu', '', ...figures, '');
  // The reader's own highlights (with or without a note) and any note: what the reader wanted to keep.
  const notes = annotations.filter((a) => a.note || a.source === 'user');
  if (notes.length) {
    out.push('### Ghi chú', '');
    for (const a of notes) out.push(a.note ? `- “${escapeMarkdown(a.text)}”: ${escapeMarkdown(a.note)}` : `- “${escapeMarkdown(a.text)}”`);
    out.push('');
  }
  return out.join('\n');
}

export function serializeMarkdown(saved: readonly SavedArticle[], now: Date): string {
  const head = `# Soi Tin — ${saved.length} bài viết (xuất ngày ${formatIsoDateVi(localDate(now))})\n\n`;
  return head + saved.map(articleSection).join('\n---\n\n');
}
