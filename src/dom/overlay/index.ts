// The page overlay as one object: legend + hover card + scroll-and-flash over a Highlighter.
// The content script creates it after painting and destroys it when the page is re-analysed.
import type { EntityType, ProvincialVerdict } from '../../core/types';
import type { Highlighter } from '../highlighter';
import { MARK_TAG } from '../highlighter';
import { createOverlayHost } from './host';
import { createLegend, type Legend } from './legend';
import { createHoverCard } from './hover-card';
import { flashRange } from './flash';
import { createNoteTools, type NoteTools } from './note-editor';
import type { ArticleSelection } from '../selection';
import type { UserMarkSpan } from '../highlighter';
import type { Lang } from '../../shared/i18n';
import { overlayText } from './i18n';

export interface PageOverlay {
  legend: Legend | null;
  /** Shows/hides a type on the page and in the legend. */
  setTypeVisible(type: EntityType, visible: boolean): void;
  /** Scrolls article range [start, end) into view and flashes it; false when it is not on the page. */
  flash(start: number, end: number): boolean;
  destroy(): void;
  /** The selection toolbar and note editor (null when the page takes no reader annotations). */
  readonly notes: NoteTools | null;
  /** For tests and the content script only (the root is closed to page scripts). */
  readonly shadow: ShadowRoot;
}

export interface PageOverlayOptions {
  provincial?: ProvincialVerdict;
  /** Show the legend (false on pages without highlights: flashing still works). */
  legend?: boolean;
  /** Told after the reader toggles a type in the legend. */
  onToggle?: (type: EntityType, visible: boolean) => void;
  /** The reader's own highlights and notes (absent: no selection toolbar, no edit buttons). */
  annotations?: ReaderAnnotationActions;
  /**
   * Interface language of the legend and hover card (default Vietnamese). The caller resolves the stored
   * option with resolveLang(options.uiLanguage, browserLanguages()) from src/shared/i18n.
   */
  lang?: Lang;
}

/** What the content script does with the reader's annotations; each rejects with a message to show. */
export interface ReaderAnnotationActions {
  selectionOf(range: Range): ArticleSelection | null;
  add(sel: ArticleSelection, note?: string): Promise<void>;
  edit(span: UserMarkSpan, note: string): Promise<void>;
  remove(span: UserMarkSpan): Promise<void>;
}

export function createPageOverlay(doc: Document, highlighter: Highlighter, opts: PageOverlayOptions = {}): PageOverlay {
  const { host, shadow, remove } = createOverlayHost(doc);
  const abort = new AbortController();
  const counts = highlighter.counts();
  const legend =
    opts.legend !== false && Object.keys(counts).length
      ? createLegend(shadow, {
          counts,
          provincial: opts.provincial,
          lang: opts.lang,
          isVisible: (t) => highlighter.isTypeVisible(t),
          onToggle: (type, visible) => {
            highlighter.setTypeVisible(type, visible);
            opts.onToggle?.(type, visible);
          },
        })
      : null;
  const actions = opts.annotations;
  const notes = actions
    ? createNoteTools(shadow, {
        host,
        selectionOf: (r) => actions.selectionOf(r),
        add: (sel, note) => actions.add(sel, note),
        signal: abort.signal,
        lang: opts.lang,
      })
    : null;
  createHoverCard(shadow, {
    spanOf: (m) => highlighter.spanOf(m),
    isVisible: (t) => highlighter.isTypeVisible(t),
    markTag: MARK_TAG,
    signal: abort.signal,
    lang: opts.lang,
    user:
      actions && notes
        ? {
            edit: (span, near) =>
              notes.openEditor({
                title: span.note ? overlayText(opts.lang).editNote : overlayText(opts.lang).addNote,
                quote: span.text,
                initial: span.note,
                near,
                save: (note) => actions.edit(span, note),
              }),
            remove: (span) => actions.remove(span),
          }
        : undefined,
  });
  return {
    legend,
    shadow,
    notes,
    setTypeVisible(type, visible) {
      highlighter.setTypeVisible(type, visible);
      legend?.setVisible(type, visible);
    },
    flash(start, end) {
      const range = highlighter.rangeFor(start, end);
      if (!range) return false;
      flashRange(shadow, range);
      return true;
    },
    destroy() {
      abort.abort();
      remove();
    },
  };
}
