// The reader's own annotations, page side: a small floating toolbar when the reader selects article
// text ("Tô sáng" = highlight, "Ghi chú" = note) and a note editor (textarea, save/cancel, Esc closes,
// Ctrl/⌘+Enter saves). Both live in the overlay's closed shadow root; built with createElement and
// textContent only. What a selection means (article offsets) and what saving does are the caller's.
import type { ArticleSelection } from '../selection';
import { el } from './host';
import { placeNear } from './place';
import { overlayText } from './i18n';
import type { Lang } from '../../shared/i18n';

/** Shown quote is cut to this many characters in the editor header (the whole quote is stored). */
const QUOTE_PREVIEW_LEN = 120;

export interface NoteToolsOptions {
  /** The overlay host (events from inside the closed shadow root are retargeted to it). */
  host: Element;
  /** Article offsets of a page Range, or null when it is not (only) article text. */
  selectionOf: (range: Range) => ArticleSelection | null;
  /** Stores a highlight, with a note when given. Rejects with a message to show. */
  add: (sel: ArticleSelection, note?: string) => Promise<void>;
  signal?: AbortSignal;
  /** Interface language of the toolbar and editor (default Vietnamese). */
  lang?: Lang;
}

export interface EditorRequest {
  /** Header line, e.g. "Ghi chú cho đoạn đã chọn". */
  title: string;
  quote: string;
  initial?: string;
  /** Where to place the editor (viewport coordinates). */
  near: DOMRect;
  /** Saves the note; a rejection's message is shown and the editor stays open. */
  save: (note: string) => Promise<void>;
}

export interface NoteTools {
  toolbar: HTMLElement;
  editor: HTMLElement;
  /** Shows the toolbar for the page's current selection (called on mouseup/keyup; exposed for tests). */
  checkSelection(): void;
  /**
   * Acts on the page's current selection as the toolbar's "Tô sáng" (withNote false) or "Ghi chú" (true)
   * button would (the context-menu path). Resolves { ok: false, error } when the selection is not article text.
   */
  fromSelection(withNote: boolean): Promise<SelectionActionResult>;
  openEditor(req: EditorRequest): void;
  closeAll(): void;
}

export interface SelectionActionResult {
  ok: boolean;
  /** A sentence for the reader. */
  error?: string;
}

/** Said when the selection (if any) is not text of the analysed article. */
export const NOT_ARTICLE_SELECTION = 'Hãy chọn một đoạn trong nội dung bài báo.';

/** Size assumed for the toolbar/editor before layout, px. */
const BOX_FALLBACK_SIZE = { w: 240, h: 40 };
const place = (box: HTMLElement, near: DOMRect, view: Window | null) => placeNear(box, near, view, BOX_FALLBACK_SIZE);

const rectOf = (range: Range): DOMRect =>
  typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : new DOMRect(0, 0, 0, 0);

export function createNoteTools(shadow: ShadowRoot, opts: NoteToolsOptions): NoteTools {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView;
  const signal = opts.signal;
  const t = overlayText(opts.lang);

  // Toolbar -----------------------------------------------------------------------------------------
  const toolbar = el(doc, 'div', 'seltools');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', t.userNote);
  toolbar.hidden = true;
  const highlightBtn = el(doc, 'button', undefined, t.highlight);
  highlightBtn.type = 'button';
  highlightBtn.dataset.action = 'highlight';
  const noteBtn = el(doc, 'button', undefined, t.note);
  noteBtn.type = 'button';
  noteBtn.dataset.action = 'note';
  const toolbarError = el(doc, 'div', 'error');
  toolbarError.hidden = true;
  toolbar.append(highlightBtn, noteBtn, toolbarError);

  // Editor ------------------------------------------------------------------------------------------
  const editor = el(doc, 'div', 'editor');
  editor.setAttribute('role', 'dialog');
  editor.hidden = true;
  const editorTitle = el(doc, 'div', 'type');
  const editorQuote = el(doc, 'div', 'text');
  const textarea = el(doc, 'textarea');
  textarea.rows = 4;
  textarea.setAttribute('aria-label', t.noteText);
  textarea.placeholder = t.notePlaceholder;
  const editorError = el(doc, 'div', 'error');
  editorError.hidden = true;
  const actions = el(doc, 'div', 'actions');
  const saveBtn = el(doc, 'button', 'primary', t.save);
  saveBtn.type = 'button';
  const cancelBtn = el(doc, 'button', undefined, t.cancel);
  cancelBtn.type = 'button';
  actions.append(cancelBtn, saveBtn);
  editor.append(editorTitle, editorQuote, textarea, editorError, actions);
  editor.setAttribute('aria-label', t.note);

  shadow.append(toolbar, editor);

  let pending: ArticleSelection | null = null;
  let pendingRect: DOMRect | null = null;
  let saving: ((note: string) => Promise<void>) | null = null;

  const showError = (box: HTMLElement, e: unknown) => {
    box.textContent = e instanceof Error && e.message ? e.message : String(e) || t.notSaved;
    box.hidden = false;
  };

  const hideToolbar = () => {
    toolbar.hidden = true;
    toolbarError.hidden = true;
    pending = null;
  };
  const closeEditor = () => {
    editor.hidden = true;
    saving = null;
  };
  const closeAll = () => {
    hideToolbar();
    closeEditor();
  };

  const checkSelection = () => {
    const sel = doc.getSelection?.();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return hideToolbar();
    const range = sel.getRangeAt(0);
    const found = opts.selectionOf(range);
    if (!found) return hideToolbar();
    pending = found;
    pendingRect = rectOf(range);
    toolbarError.hidden = true;
    toolbar.hidden = false;
    place(toolbar, pendingRect, view);
  };

  const openEditor = (req: EditorRequest) => {
    editorTitle.textContent = req.title;
    editorQuote.textContent = `“${req.quote.length > QUOTE_PREVIEW_LEN ? req.quote.slice(0, QUOTE_PREVIEW_LEN) + '…' : req.quote}”`;
    textarea.value = req.initial ?? '';
    editorError.hidden = true;
    saving = req.save;
    editor.hidden = false;
    place(editor, req.near, view);
    textarea.focus?.();
  };

  const submit = async () => {
    if (!saving) return;
    saveBtn.disabled = true;
    try {
      await saving(textarea.value);
      closeEditor();
    } catch (e) {
      showError(editorError, e);
    } finally {
      saveBtn.disabled = false;
    }
  };

  // What the two buttons do with the pending selection. The context menu (fromSelection) runs the very
  // same functions, so a highlight made either way is stored, painted and reported identically.
  const highlightPending = async (): Promise<SelectionActionResult> => {
    const sel = pending;
    if (!sel) return { ok: false, error: NOT_ARTICLE_SELECTION };
    try {
      await opts.add(sel);
      hideToolbar();
      doc.getSelection?.()?.removeAllRanges();
      return { ok: true };
    } catch (e) {
      showError(toolbarError, e);
      return { ok: false, error: toolbarError.textContent ?? '' };
    }
  };
  const notePending = (): SelectionActionResult => {
    const sel = pending;
    const near = pendingRect;
    if (!sel || !near) return { ok: false, error: NOT_ARTICLE_SELECTION };
    hideToolbar();
    openEditor({
      title: t.noteForSelection,
      quote: sel.exact,
      near,
      save: async (note) => {
        await opts.add(sel, note);
        doc.getSelection?.()?.removeAllRanges();
      },
    });
    return { ok: true };
  };

  const fromSelection = async (withNote: boolean): Promise<SelectionActionResult> => {
    // Same start as a mouse selection: the toolbar appears at the selection (and shows any error there).
    checkSelection();
    if (!pending) return { ok: false, error: NOT_ARTICLE_SELECTION };
    return withNote ? notePending() : highlightPending();
  };

  // Keep the page's selection: a mousedown on a button would otherwise collapse it first.
  toolbar.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
  highlightBtn.addEventListener('click', () => void highlightPending(), { signal });
  noteBtn.addEventListener('click', () => void notePending(), { signal });
  saveBtn.addEventListener('click', () => void submit(), { signal });
  cancelBtn.addEventListener('click', closeEditor, { signal });
  editor.addEventListener(
    'keydown',
    (e) => {
      const k = e as KeyboardEvent;
      // The page must not see keys typed in our editor (sites bind single-letter shortcuts).
      k.stopPropagation();
      if (k.key === 'Escape') closeEditor();
      else if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) {
        k.preventDefault();
        void submit();
      }
    },
    { signal },
  );

  // Selection changes made with the mouse or the keyboard (shift+arrows). Events from inside our own
  // shadow root arrive retargeted to the host: ignore them, the toolbar's own clicks are not selections.
  const onSelectEnd = (e: Event) => {
    if (e.target === opts.host) return;
    setTimeout(checkSelection, 0);
  };
  doc.addEventListener('mouseup', onSelectEnd, { signal, passive: true });
  doc.addEventListener(
    'keyup',
    (e) => {
      const k = e as KeyboardEvent;
      if (k.key === 'Escape') return closeAll();
      if (k.shiftKey || k.key === 'Shift') onSelectEnd(e);
    },
    { signal },
  );

  return { toolbar, editor, checkSelection, fromSelection, openEditor, closeAll };
}
