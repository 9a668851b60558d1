// Search, filters and sort for the library, run in the popup on the list the background returns
// (listArticles). Pure functions over ArticleListItem so they are tested without a DOM.
//
// Matching is case-insensitive and ignores where the tone mark sits ("Thanh Hoá" finds "Thanh Hóa":
// foldKey, the same folding the recognizers use). A query typed WITHOUT any Vietnamese marks ("thanh hoa",
// how many people type on a phone or a foreign keyboard) also matches the marked text; a query with
// marks stays exact about them, so "hòa" does not find "hóa".
import { foldKey } from '../src/core/text/normalize';
import type { ArticleListItem } from '../src/shared/records';

export type LibrarySort = 'analyzed' | 'published' | 'title';
export const LIBRARY_SORTS: readonly LibrarySort[] = ['analyzed', 'published', 'title'];

/** Province filter value for articles without a province; '' means no filter. */
export const NO_PROVINCE = '\u0000none';

export interface LibraryFilter {
  query: string;
  /** '' = all provinces; NO_PROVINCE = articles without one; else the province name as stored. */
  province: string;
  /** '' = all sites. */
  site: string;
  sort: LibrarySort;
}

export const EMPTY_FILTER: Readonly<LibraryFilter> = Object.freeze({ query: '', province: '', site: '', sort: 'analyzed' });

/** True when the filter hides nothing (sorting does not count: it shows the same articles). */
export function isFilterActive(f: LibraryFilter): boolean {
  return f.query.trim() !== '' || f.province !== '' || f.site !== '';
}

/** Vietnamese marks removed and đ → d: "Thanh Hóa" → "thanh hoa" (input already folded). */
export function stripMarks(folded: string): string {
  return folded.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

/** What a query is compared with, computed once per list, not per keystroke. */
export interface SearchIndex {
  item: ArticleListItem;
  folded: string;
  /** Built on first need: only queries without marks use it. */
  stripped?: string;
}

/**
 * Separates title, site, province and text so a query cannot match across the join. The private-use
 * character cannot occur in a query (queries are split on whitespace and trimmed, never contain it).
 */
const FIELD_SEP = '\uE000';

export function buildIndex(items: readonly ArticleListItem[]): SearchIndex[] {
  return items.map((item) => ({
    item,
    folded: foldKey([item.title ?? '', item.site ?? '', item.province ?? '', item.text ?? ''].join(FIELD_SEP)),
  }));
}

/** Query → words, each folded; every word must occur (in any field, any order). */
function queryWords(query: string): string[] {
  return foldKey(query).split(/\s+/u).filter(Boolean);
}

function matchesQuery(entry: SearchIndex, words: string[]): boolean {
  for (const w of words) {
    if (entry.folded.includes(w)) continue;
    // Unmarked query word: compare with the text's unmarked form too.
    if (stripMarks(w) !== w) return false;
    entry.stripped ??= stripMarks(entry.folded);
    if (!entry.stripped.includes(w)) return false;
  }
  return true;
}

/** Newest first by a timestamp; ties by id, newest first (imports share a millisecond). */
const byIdDesc = (a: ArticleListItem, b: ArticleListItem) => (b.id ?? 0) - (a.id ?? 0);

function compare(sort: LibrarySort): (a: ArticleListItem, b: ArticleListItem) => number {
  switch (sort) {
    case 'published':
      // ISO strings compare in date order; articles without a date go last, newest analysed first.
      return (a, b) =>
        (b.published ? 1 : 0) - (a.published ? 1 : 0) ||
        (b.published ?? '').localeCompare(a.published ?? '') ||
        b.analyzedAt - a.analyzedAt ||
        byIdDesc(a, b);
    case 'title':
      return (a, b) => (a.title || a.url).localeCompare(b.title || b.url, 'vi', { sensitivity: 'base' }) || byIdDesc(a, b);
    default:
      return (a, b) => b.analyzedAt - a.analyzedAt || b.createdAt - a.createdAt || byIdDesc(a, b);
  }
}

/** The articles the filter shows, in the chosen order. */
export function applyFilter(index: readonly SearchIndex[], f: LibraryFilter): ArticleListItem[] {
  const words = queryWords(f.query);
  const out: ArticleListItem[] = [];
  for (const entry of index) {
    const a = entry.item;
    if (f.province === NO_PROVINCE ? !!a.province : f.province !== '' && a.province !== f.province) continue;
    if (f.site !== '' && a.site !== f.site) continue;
    if (words.length && !matchesQuery(entry, words)) continue;
    out.push(a);
  }
  return out.sort(compare(f.sort));
}

export interface FacetCount {
  value: string;
  count: number;
}

/** Distinct values of a field over the whole library, with counts, alphabetical (Vietnamese order). */
function facet(items: readonly ArticleListItem[], get: (a: ArticleListItem) => string | undefined): FacetCount[] {
  const counts = new Map<string, number>();
  for (const a of items) {
    const v = get(a);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => a.value.localeCompare(b.value, 'vi'));
}

export const provinceFacet = (items: readonly ArticleListItem[]) => facet(items, (a) => a.province);
export const siteFacet = (items: readonly ArticleListItem[]) => facet(items, (a) => a.site);
/** Articles saved without a province (not provincial news, or no province recognised). */
export const countWithoutProvince = (items: readonly ArticleListItem[]) => items.filter((a) => !a.province).length;
