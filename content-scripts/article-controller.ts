// What the article content script does on a page, as a function of its dependencies (document, platform)
// so tests can drive it with a fake platform. The entry point (article.ts) only adds the double-injection
// guard.
//
// Flow: cheap check → extract (Readability on a clone) → background analyses the text (it holds the
// gazetteers) → paint marks + legend → background saves, re-anchoring the reader's own highlights/notes
// on the current text → those are painted too (orphans are listed in the popup, never painted).
// Popup requests (ContentRequest) are answered at any time; getPageState waits for the run in progress.
// Errors never reach the page: they are caught, logged once, and reported in PageState.error.
//
// Reader annotations: selecting article text shows a small toolbar (overlay) → the selection is mapped
// to article offsets (dom/selection.ts) → the background stores it → everything is repainted.
import { browserLanguages, resolveLang } from '../src/shared/i18n';
import type { Analysis, EntityType } from '../src/core/types';
import { ENTITY_TYPES } from '../src/core/types';
import type { ContentRequest, PageState, SelectionActionReply } from '../src/shared/messages';
import { USER_TYPE, type UserAnnotationView } from '../src/shared/records';
import type { Platform } from '../src/platform';
import { looksLikeArticle } from '../src/dom/detect';
import { extractArticle } from '../src/dom/extract';
import { Highlighter, type MarkSpan, type UserMarkSpan } from '../src/dom/highlighter';
import { createPageOverlay, type PageOverlay, type ReaderAnnotationActions } from '../src/dom/overlay';
import { articleRangeOf } from '../src/dom/selection';
import { setAllHidden, toggleAllHidden } from '../src/dom/overlay/visibility';

/** Quiet time after the last DOM change before re-checking the page (late content, soft navigation). */
export const RERUN_DEBOUNCE_MS = 1500;
/** Re-runs allowed per URL: a page that keeps changing (tickers, ads) must not be re-analysed forever. */
export const MAX_RERUNS_PER_URL = 3;
/** Told when a context-menu action reaches a page that holds no analysed Vietnamese article. */
export const NO_ARTICLE_HERE = 'Trang này chưa có bài báo tiếng Việt đã phân tích: không thể ghi chú ở đây.';
/**
 * Longest article text we analyze and save (UTF-16 units). Real articles are 3–50 k characters; a page
 * whose "article" is megabytes long is a dump or a feed, and analysing it would hold the background
 * busy for seconds and bloat the library. Such a page gets a clear message instead, and nothing is saved.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface ContentDeps {
  doc: Document;
  /** The page address now (soft navigations change it). */
  url: () => string;
  platform: Pick<Platform, 'sendMessage' | 'onMessage'> & { storage?: Pick<Platform['storage'], 'getOptions'> };
  /** Watch for late content with a MutationObserver (off in tests that want one deterministic run). */
  observe?: boolean;
  log?: (msg: string, err: unknown) => void;
}

export interface ArticleController {
  /** Settles when the current run (extract → analyse → paint → save) is over. */
  ready(): Promise<void>;
  state(): PageState;
  /** Removes marks, overlay, listeners and the observer. */
  stop(): void;
  /** The page overlay (its shadow root is closed to the page): for tests only. */
  overlay(): PageOverlay | null;
}

function isContentRequest(msg: unknown): msg is ContentRequest {
  const t = (msg as { type?: unknown } | null)?.type;
  return (
    t === 'getPageState' ||
    t === 'scrollToRange' ||
    t === 'setTypeVisible' ||
    t === 'forgetUserAnnotation' ||
    t === 'annotateSelection' ||
    t === 'toggleHighlights'
  );
}

const isEntityType = (t: string): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t);

export function startArticleScript(deps: ContentDeps): ArticleController {
  const { doc, platform } = deps;
  const abort = new AbortController();
  const highlighter = new Highlighter(doc);
  let overlay: PageOverlay | null = null;
  /** The reader's interface-language option, read with the other options on each run. */
  let uiLanguage: unknown;
  let state: PageState = { isArticle: false, lang: 'other' };
  let current: Promise<void> = Promise.resolve();
  let logged = false;
  let observer: MutationObserver | null = null;
  let lastUrl = deps.url();
  let reruns = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Marks painted by the last run (to notice a page re-render that dropped them). */
  let paintedMarks = 0;

  const logOnce = (err: unknown) => {
    if (logged) return;
    logged = true;
    (deps.log ?? ((m, e) => console.warn(m, e)))('[Soi Tin] content script error (page left untouched):', err);
  };

  const declaredLang = (): 'vi' | 'other' =>
    /^vi\b/i.test(doc.documentElement.getAttribute('lang') ?? '') ? 'vi' : 'other';

  /** Runs `fn` with the observer paused, so our own DOM changes do not trigger a re-run. */
  const quietly = <T>(fn: () => T): T => {
    observer?.disconnect();
    try {
      return fn();
    } finally {
      if (observer && doc.body && !abort.signal.aborted) {
        observer.observe(doc.body, { childList: true, subtree: true });
        observer.takeRecords();
      }
    }
  };

  const reset = () => {
    overlay?.destroy();
    overlay = null;
    quietly(() => highlighter.clear());
    paintedMarks = 0;
  };

  /** Entity spans plus the reader's anchored (non-orphan) annotations, as one set of marks. */
  const markSpans = (): MarkSpan[] => {
    const users: UserMarkSpan[] = (state.userAnnotations ?? [])
      .filter((u) => !u.orphan)
      .map((u) => ({ start: u.start, end: u.end, type: USER_TYPE, text: u.text, id: u.id, ...(u.note ? { note: u.note } : {}) }));
    return [...(state.analysis?.entities ?? []), ...users];
  };

  const repaint = () => {
    if (!state.article || abort.signal.aborted) return;
    const text = state.article.text;
    quietly(() => {
      paintedMarks = highlighter.paint(text, markSpans()).marks;
    });
  };

  /** Replaces (or adds) one annotation in the page state, in article order, and repaints. */
  const upsertUser = (view: UserAnnotationView) => {
    const rest = (state.userAnnotations ?? []).filter((u) => u.id !== view.id);
    state = { ...state, userAnnotations: [...rest, view].sort((a, b) => a.start - b.start || a.end - b.end) };
    repaint();
  };

  const readerActions: ReaderAnnotationActions = {
    selectionOf: (range) => (state.article && state.analysis?.lang === 'vi' ? articleRangeOf(doc, state.article.text, range) : null),
    async add(sel, note) {
      if (typeof state.articleId !== 'number') throw new Error('Bài viết chưa được lưu xong; hãy thử lại sau giây lát.');
      const view = await platform.sendMessage<UserAnnotationView>({
        type: 'addUserAnnotation',
        articleId: state.articleId,
        start: sel.start,
        end: sel.end,
        exact: sel.exact,
        ...(note !== undefined ? { note } : {}),
      });
      upsertUser(view);
    },
    async edit(span, note) {
      const view = await platform.sendMessage<UserAnnotationView>({ type: 'updateUserAnnotation', id: span.id, note });
      // The stored offsets may be older than the page's: keep where it is painted now.
      upsertUser({ ...view, start: span.start, end: span.end, orphan: false });
    },
    async remove(span) {
      await platform.sendMessage<{ deleted: boolean }>({ type: 'deleteUserAnnotation', id: span.id });
      state = { ...state, userAnnotations: (state.userAnnotations ?? []).filter((u) => u.id !== span.id) };
      repaint();
    },
  };

  const ensureOverlay = (analysis?: Analysis): PageOverlay => {
    if (!overlay) {
      overlay = createPageOverlay(doc, highlighter, {
        provincial: analysis?.provincial,
        legend: analysis?.lang === 'vi',
        // Only Vietnamese articles are saved, so only they can take the reader's highlights.
        annotations: analysis?.lang === 'vi' ? readerActions : undefined,
        // The overlay speaks the reader's interface language (the article itself stays as written).
        lang: resolveLang(uiLanguage, browserLanguages()),
      });
    }
    return overlay;
  };

  async function run(): Promise<void> {
    reset();
    const url = deps.url();
    // What this run has found so far. A failure reports it with the error, never the previous run's
    // article and analysis (after a soft navigation those describe another page, and their marks are gone).
    let found: PageState = { isArticle: false, lang: declaredLang() };
    try {
      if (!looksLikeArticle(doc)) {
        state = { isArticle: false, lang: declaredLang() };
        return;
      }
      const article = extractArticle(doc, url);
      if (!article) {
        state = { isArticle: false, lang: declaredLang() };
        return;
      }
      if (article.text.length > MAX_ARTICLE_CHARS) {
        state = {
          isArticle: true,
          lang: declaredLang(),
          article: { ...article, text: '' },
          error:
            `Bài quá dài để phân tích (${article.text.length.toLocaleString('vi-VN')} ký tự; giới hạn ` +
            `${MAX_ARTICLE_CHARS.toLocaleString('vi-VN')}). Trang không bị thay đổi và không có gì được lưu.`,
        };
        return;
      }
      const options = await platform.storage?.getOptions().catch(() => undefined);
      uiLanguage = options?.uiLanguage;
      const analysis = await platform.sendMessage<Analysis>({
        type: 'analyze',
        text: article.text,
        meta: {
          title: article.title,
          published: article.published,
          url: article.canonicalUrl ?? url,
          ...(options ? { summaryLength: options.summaryLength } : {}),
        },
      });
      if (abort.signal.aborted) return;
      state = found = { isArticle: true, lang: analysis.lang, article, analysis };
      highlighter.setArticleText(article.text);
      // Non-Vietnamese pages get no highlights and are not saved to the (Vietnamese news) library.
      if (analysis.lang !== 'vi') return;
      quietly(() => {
        const result = highlighter.paint(article.text, analysis.entities);
        paintedMarks = result.marks;
        for (const t of ENTITY_TYPES) highlighter.setTypeVisible(t, !options || options.visibleTypes.includes(t));
        ensureOverlay(analysis);
      });
      const saved = await platform.sendMessage<{ articleId: number; userAnnotations?: UserAnnotationView[] }>({ type: 'save', article, analysis });
      if (abort.signal.aborted) return;
      if (saved && typeof saved.articleId === 'number') state = { ...state, articleId: saved.articleId };
      if (saved && Array.isArray(saved.userAnnotations) && saved.userAnnotations.length) {
        state = { ...state, userAnnotations: saved.userAnnotations };
        repaint();
      }
    } catch (err) {
      logOnce(err);
      // Keeps what a later step of this run added (articleId, the reader's annotations) when the save failed after them.
      const sameRun = state.article !== undefined && state.article === found.article;
      state = { ...(sameRun ? state : found), error: err instanceof Error ? err.message : String(err) };
    }
  }

  const start = () => {
    current = current.then(run, run);
    return current;
  };

  /** After the page has been quiet for a while: re-run when it became an article, navigated, or lost our marks. */
  const maybeRerun = () => {
    if (abort.signal.aborted) return;
    const url = deps.url();
    if (url !== lastUrl) {
      lastUrl = url;
      reruns = 0;
    }
    const lostMarks = paintedMarks > 0 && highlighter.connectedMarks() < paintedMarks;
    const navigated = state.article !== undefined && state.article.url !== url;
    if ((!state.isArticle || lostMarks || navigated) && reruns < MAX_RERUNS_PER_URL) {
      reruns++;
      void start();
    }
  };

  const unlisten = platform.onMessage((msg) => {
    if (!isContentRequest(msg) || abort.signal.aborted) return undefined;
    try {
      switch (msg.type) {
        case 'getPageState':
          return current.then(() => state);
        case 'scrollToRange':
          // After the run in progress: an overlay made mid-run would lack this run's legend and notes.
          return current.then(() => ({ ok: ensureOverlay(state.analysis).flash(msg.start, msg.end) }));
        case 'forgetUserAnnotation':
          // After the run in progress, which would otherwise repaint the note from its own copy of the state.
          return current.then(() => {
            state = { ...state, userAnnotations: (state.userAnnotations ?? []).filter((u) => u.id !== msg.id) };
            repaint();
            return { ok: true };
          });
        case 'annotateSelection':
          // After the run in progress: a menu click right after an on-demand injection waits for the marks.
          return current.then((): Promise<SelectionActionReply> | SelectionActionReply => {
            const notes = overlay?.notes;
            if (!notes || abort.signal.aborted) return { ok: false, error: NO_ARTICLE_HERE };
            // The toolbar and the note editor live in the overlay: hidden Soi Tin would open them unseen.
            setAllHidden(doc, false);
            return notes.fromSelection(msg.note);
          });
        case 'toggleHighlights':
          return Promise.resolve({ ok: true, hidden: toggleAllHidden(doc) });
        case 'setTypeVisible': {
          if (!isEntityType(msg.entityType)) return Promise.resolve({ ok: false });
          const { entityType, visible } = msg;
          // After the run in progress, which applies the stored options and would undo this switch.
          return current.then(() => {
            if (overlay) overlay.setTypeVisible(entityType, visible);
            else highlighter.setTypeVisible(entityType, visible);
            return { ok: true };
          });
        }
      }
    } catch (err) {
      logOnce(err);
      return Promise.resolve({ error: err instanceof Error ? err.message : String(err) });
    }
    return undefined;
  });

  if (deps.observe && typeof MutationObserver !== 'undefined' && doc.body) {
    observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(maybeRerun, RERUN_DEBOUNCE_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  }

  void start();

  const controller: ArticleController = {
    ready: () => current,
    state: () => state,
    overlay: () => overlay,
    stop() {
      abort.abort();
      unlisten();
      clearTimeout(timer);
      observer?.disconnect();
      observer = null;
      reset();
      setAllHidden(doc, false);
    },
  };
  return controller;
}
