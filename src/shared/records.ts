// Stored and exchanged shapes shared by the background (writer), the popup (reader) and the exports.
import type { Analysis, EntityType, PlaceRef, SummarySentence } from '../core/types';

/** W3C Web Annotation selectors, as stored with every annotation so it can be re-anchored later. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets into the extracted article text (start inclusive, end exclusive). */
  start: number;
  end: number;
}

/** What the content script knows about the page once it has extracted the article. */
export interface ExtractedArticle {
  url: string;
  canonicalUrl?: string;
  site: string;
  title: string;
  /** ISO date/time when the page declares one. */
  published?: string;
  byline?: string;
  /** The article body as plain text; analysis offsets index this string. */
  text: string;
  /** Language the page declares (html lang), if any. */
  declaredLang?: string;
}

export interface ArticleRecord {
  id?: number;
  /** Identity: canonical URL when declared, else the URL without fragment and tracking parameters. */
  key: string;
  url: string;
  canonicalUrl?: string;
  site: string;
  title: string;
  published?: string;
  province?: string;
  isProvincial: boolean;
  provincialScore: number;
  /**
   * Identity of the page URL itself (normalised, without the canonical): lets a lookup by the address the
   * reader is on find an article stored under its canonical key. Added by the store; optional in imports.
   */
  pageKey?: string;
  /** Hash of `text`: tells a changed article from a revisit. */
  textHash: string;
  text: string;
  /** ms since epoch of the last analysis. */
  analyzedAt: number;
  /** ms since epoch of the first save. */
  createdAt: number;
}

/**
 * Type of a reader's own highlight or note that is not about a recognised entity. Painted as
 * <soitin-mark data-type="USER">; not an EntityType, so it never appears in the entity legend or counts.
 */
export const USER_TYPE = 'USER';
export type AnnotationType = EntityType | typeof USER_TYPE;

export interface AnnotationRecord {
  id?: number;
  articleId: number;
  /** An entity type for 'auto' annotations; USER_TYPE (or, from older files, an entity type) for 'user' ones. */
  type: AnnotationType;
  text: string;
  value?: number | string;
  currency?: string;
  unit?: string;
  qualifier?: string;
  /** Same meaning as on Span (per-unit price denominator, "X/Y" whole, ranges, TITLE modifier). */
  per?: string;
  of?: number;
  valueMin?: number;
  valueMax?: number;
  modifier?: string;
  place?: PlaceRef;
  expansion?: string;
  /** 'auto' from the recognizers; 'user' for the reader's own highlights. */
  source: 'auto' | 'user';
  note?: string;
  /** Which anchoring strategy made the selectors, so the algorithm can change without migrating data. */
  anchor: 'quote+position/v1';
  selectors: [TextQuoteSelector, TextPositionSelector];
}

export interface SummaryRecord {
  articleId: number;
  sentences: SummarySentence[];
}

/** An article with everything saved for it, as the popup and the exports see it. */
export interface SavedArticle {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
  summary: SummarySentence[];
}

/** One row of the library list: the article plus how many annotations it has (the reader's own included). */
export type ArticleListItem = ArticleRecord & { annotationCount: number; userAnnotationCount?: number };

/**
 * A reader's highlight/note as the page and the popup see it after re-anchoring on the current text:
 * `start`/`end` index the CURRENT article text when `orphan` is false; for an orphan (its words were not
 * found with confidence) they are the last known offsets and must not be painted.
 */
export interface UserAnnotationView {
  id: number;
  /** The words the reader marked (the stored quote). */
  text: string;
  note?: string;
  start: number;
  end: number;
  orphan: boolean;
}

/** What an import did, for the popup to report. */
export interface ImportResult {
  /** Articles in the file. */
  articles: number;
  /** Articles that were new to this library. */
  created: number;
  /** Articles already here, merged with the file's copy. */
  merged: number;
  /** Annotations added (new articles' plus reader annotations merged in). */
  annotationsAdded: number;
}

export type { Analysis };
