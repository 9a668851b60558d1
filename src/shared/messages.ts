// Every message that crosses a context boundary, typed in one place.
// content script → background (runtime.sendMessage) and popup → background; popup → content (tabs.sendMessage).
import type { Analysis, AnalyzeMeta } from '../core/types';
import type { ArticleListItem, ExtractedArticle, ImportResult, SavedArticle, UserAnnotationView } from './records';

export type ExportFormat = 'json' | 'csv' | 'md' | 'webanno';

export type BackgroundRequest =
  /** Run the pure core (the background holds the gazetteers so the content script stays small). */
  | { type: 'analyze'; text: string; meta: AnalyzeMeta }
  /** Upsert the article and replace its automatic annotations and summary. */
  | { type: 'save'; article: ExtractedArticle; analysis: Analysis }
  | { type: 'getArticleByUrl'; url: string }
  | { type: 'listArticles' }
  | { type: 'deleteArticle'; id: number }
  /** Builds an export file; ids omitted = whole library. */
  | { type: 'export'; format: ExportFormat; ids?: number[] }
  /** Merge a JSON export (file content as text) into the library; malformed files are rejected whole. */
  | { type: 'import'; content: string }
  /** Inject the content script into the active tab on demand (activeTab + scripting). */
  | { type: 'analyzeTab'; tabId: number }
  /**
   * The reader highlights article text [start, end) of a saved article (optionally with a note). `exact`
   * is the selected text: the background refuses the request when the stored text differs there.
   */
  | { type: 'addUserAnnotation'; articleId: number; start: number; end: number; exact: string; note?: string }
  /** Replaces the note of a reader annotation ('' removes the note, keeping the highlight). */
  | { type: 'updateUserAnnotation'; id: number; note: string }
  | { type: 'deleteUserAnnotation'; id: number }
  /**
   * "Luôn chạy trên HOST": after the popup got the host permission `*://HOST/*` from the reader, register
   * the content script for that host (persistent) and inject it into tabId now.
   */
  | { type: 'addSite'; host: string; tabId?: number }
  /** Unregister an added site's content script and give its host permission back. */
  | { type: 'removeSite'; host: string }
  /** The hosts the reader added (sites outside the built-in news list). */
  | { type: 'listSites' };

export type BackgroundResponse<T extends BackgroundRequest['type']> = T extends 'analyze'
  ? Analysis
  : T extends 'save'
    ? { articleId: number; created: boolean; changed: boolean; userAnnotations?: UserAnnotationView[] }
    : T extends 'getArticleByUrl'
      ? SavedArticle | null
      : T extends 'listArticles'
        ? ArticleListItem[]
        : T extends 'deleteArticle'
          ? { deleted: boolean }
          : T extends 'export'
            ? { filename: string; mime: string; content: string }
            : T extends 'analyzeTab'
              ? { ok: boolean; error?: string }
              : T extends 'import'
                ? ImportResult
                : T extends 'addUserAnnotation' | 'updateUserAnnotation'
                  ? UserAnnotationView
                  : T extends 'deleteUserAnnotation'
                    ? { deleted: boolean }
                    : T extends 'addSite'
                      ? // ok: the script is registered; injected: it runs in the tab now; error: why not.
                        { ok: boolean; injected: boolean; error?: string }
                      : T extends 'removeSite'
                        ? { removed: boolean }
                        : T extends 'listSites'
                          ? { sites: string[] }
                          : never;

/** Errors travel back as data so the caller can show a clear message. */
export interface ErrorReply {
  error: string;
}

export type ContentRequest =
  /** What the content script found on this page (null when it is not an article). */
  | { type: 'getPageState' }
  /** Scroll to a text range of the extracted article and flash it. */
  | { type: 'scrollToRange'; start: number; end: number }
  | { type: 'setTypeVisible'; entityType: string; visible: boolean }
  /** A reader's annotation was deleted elsewhere (the popup): drop its mark. */
  | { type: 'forgetUserAnnotation'; id: number }
  /**
   * Context menu on selected text: store the page's current selection as a highlight (note: false), or
   * open the note editor for it (note: true), exactly as the selection toolbar's buttons do.
   * Reply: SelectionActionReply.
   */
  | { type: 'annotateSelection'; note: boolean }
  /** Keyboard command: hide or show every Soi Tin mark and the legend on the page. Reply: { ok, hidden }. */
  | { type: 'toggleHighlights' };

/** What the page did with annotateSelection; `error` is a sentence for the reader (also shown on the page). */
export interface SelectionActionReply {
  ok: boolean;
  error?: string;
}

export interface PageState {
  isArticle: boolean;
  lang: 'vi' | 'other';
  article?: ExtractedArticle;
  analysis?: Analysis;
  articleId?: number;
  /** The reader's own highlights and notes on this article, re-anchored on the current text (orphans included). */
  userAnnotations?: UserAnnotationView[];
  /** Set when something went wrong (shown in the popup, never thrown at the page). */
  error?: string;
}
