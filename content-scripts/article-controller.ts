// What the article content script does on a page, as a function of its dependencies (document, platform)
// so tests can drive it with a fake platform. The entry point (article.ts) only adds the double-injection
// guard.
//
// Flow: cheap check → extract (Readability on a clone) → background analyses the text (it holds the
// gazetteers) → paint marks + legend → background saves. Popup requests (ContentRequest) are answered at
// any time; getPageState waits for the run in progress. Errors never reach the page: they are caught,
// logged once, and reported in PageState.error.
import type { Analysis, EntityType } from '../src/core/types';
import { ENTITY_TYPES } from '../src/core/types';
import type { ContentRequest, PageState } from '../src/shared/messages';
import type { Platform } from '../src/platform';
import { looksLikeArticle } from '../src/dom/detect';
import { extractArticle } from '../src/dom/extract';
import { Highlighter } from '../src/dom/highlighter';
import { createPageOverlay, type PageOverlay } from '../src/dom/overlay';

/** Quiet time after the last DOM change before re-checking the page (late content, soft navigation). */
export const RERUN_DEBOUNCE_MS = 1500;
/** Re-runs allowed per URL: a page that keeps changing (tickers, ads) must not be re-analysed forever. */
export const MAX_RERUNS_PER_URL = 3;

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
}

function isContentRequest(msg: unknown): msg is ContentRequest {
  const t = (msg as { type?: unknown } | null)?.type;
  return t === 'getPageState' || t === 'scrollToRange' || t === 'setTypeVisible';
}

const isEntityType = (t: string): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t);

export function startArticleScript(deps: ContentDeps): ArticleController {
  const { doc, platform } = deps;
  const abort = new AbortController();
  const highlighter = new Highlighter(doc);
  let overlay: PageOverlay | null = null;
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

  const ensureOverlay = (analysis?: Analysis): PageOverlay => {
    if (!overlay) {
      overlay = createPageOverlay(doc, highlighter, {
        provincial: analysis?.provincial,
        legend: analysis?.lang === 'vi',
      });
    }
    return overlay;
  };

  async function run(): Promise<void> {
    reset();
    const url = deps.url();
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
      const options = await platform.storage?.getOptions().catch(() => undefined);
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
      state = { isArticle: true, lang: analysis.lang, article, analysis };
      highlighter.setArticleText(article.text);
      // Non-Vietnamese pages get no highlights and are not saved to the (Vietnamese news) library.
      if (analysis.lang !== 'vi') return;
      quietly(() => {
        const result = highlighter.paint(article.text, analysis.entities);
        paintedMarks = result.marks;
        for (const t of ENTITY_TYPES) highlighter.setTypeVisible(t, !options || options.visibleTypes.includes(t));
        ensureOverlay(analysis);
      });
      const saved = await platform.sendMessage<{ articleId: number }>({ type: 'save', article, analysis });
      if (saved && typeof saved.articleId === 'number') state = { ...state, articleId: saved.articleId };
    } catch (err) {
      logOnce(err);
      state = { ...state, error: err instanceof Error ? err.message : String(err) };
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
          return Promise.resolve({ ok: ensureOverlay(state.analysis).flash(msg.start, msg.end) });
        case 'setTypeVisible': {
          if (!isEntityType(msg.entityType)) return Promise.resolve({ ok: false });
          if (overlay) overlay.setTypeVisible(msg.entityType, msg.visible);
          else highlighter.setTypeVisible(msg.entityType, msg.visible);
          return Promise.resolve({ ok: true });
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
    stop() {
      abort.abort();
      unlisten();
      clearTimeout(timer);
      observer?.disconnect();
      observer = null;
      reset();
    },
  };
  return controller;
}
