// Data hooks for the popup and the library page. Every call goes through the platform wrapper (the one
// seam tests mock); failures become state the UI shows, never exceptions thrown at the user.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { platform } from '../src/platform';
import type { PageState } from '../src/shared/messages';
import type { ArticleListItem } from '../src/shared/records';
import { SUMMARY_LENGTH_MAX, SUMMARY_LENGTH_MIN, type Options } from '../src/platform/options';
import { errorText } from './errors';
import { useT } from './i18n';

/** How often the popup asks the page for its state after requesting an analysis. */
export const POLL_INTERVAL_MS = 400;
/** How many times it asks before giving up (≈ 10 s at the default interval: extraction + analysis of a long page). */
export const POLL_ATTEMPTS = 25;

export interface ActiveTab {
  id: number;
  url?: string;
  title?: string;
}

/** What the popup knows about the current tab. */
export type CurrentView =
  | { kind: 'loading' }
  /** No content script answered: the site is not a known news site, or the script was not injected. */
  | { kind: 'unanalyzed'; tab: ActiveTab }
  | { kind: 'analyzing'; tab: ActiveTab }
  | { kind: 'state'; tab: ActiveTab; state: PageState | null }
  | { kind: 'error'; tab?: ActiveTab; message: string };

/** True when the content script has finished with the page (a verdict, an analysis or an error). */
function isSettled(state: PageState | null | undefined): boolean {
  if (!state) return state === null;
  return !!state.error || !state.isArticle || state.lang !== 'vi' || !!state.analysis;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Asks the page; undefined = nobody answered (no content script in the tab). */
async function askPage(tabId: number): Promise<PageState | null | undefined> {
  try {
    const reply = await platform.tabs.sendMessage(tabId, { type: 'getPageState' });
    return (reply ?? null) as PageState | null;
  } catch {
    return undefined;
  }
}

/**
 * The current tab's page state. `analyze()` asks the background to inject the content script, then polls
 * the page until it has a verdict. `pollMs` is a parameter so tests do not wait on real time.
 */
export function useCurrentPage(pollMs = POLL_INTERVAL_MS, attempts = POLL_ATTEMPTS) {
  const t = useT();
  // Read through a ref: the messages are worded when they happen, without restarting the page lookup.
  const words = useRef(t.page);
  words.current = t.page;
  const [view, setView] = useState<CurrentView>({ kind: 'loading' });
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  const poll = useCallback(
    async (tab: ActiveTab, tries: number): Promise<void> => {
      for (let i = 0; i < tries && alive.current; i++) {
        const state = await askPage(tab.id);
        if (state !== undefined && isSettled(state)) {
          if (alive.current) setView({ kind: 'state', tab, state });
          return;
        }
        if (state !== undefined && alive.current) setView({ kind: 'analyzing', tab });
        if (i < tries - 1) await sleep(pollMs);
      }
      if (alive.current)
        setView({ kind: 'error', tab, message: words.current.noAnswer });
    },
    [pollMs],
  );

  useEffect(() => {
    (async () => {
      let tab: ActiveTab;
      try {
        const active = await platform.tabs.queryActive();
        if (!active) {
          setView({ kind: 'error', message: words.current.noTab });
          return;
        }
        tab = active;
      } catch (e) {
        setView({ kind: 'error', message: errorText(e) });
        return;
      }
      const state = await askPage(tab.id);
      if (!alive.current) return;
      if (state === undefined) setView({ kind: 'unanalyzed', tab });
      else if (isSettled(state)) setView({ kind: 'state', tab, state });
      else {
        // The content script is still extracting/analyzing: wait for it.
        setView({ kind: 'analyzing', tab });
        await poll(tab, attempts);
      }
    })();
  }, [poll, attempts]);

  const analyze = useCallback(
    async (tab: ActiveTab) => {
      setView({ kind: 'analyzing', tab });
      try {
        const reply = await platform.sendMessage<{ ok: boolean; error?: string }>({ type: 'analyzeTab', tabId: tab.id });
        if (reply && reply.ok === false) {
          setView({ kind: 'error', tab, message: reply.error || words.current.refused });
          return;
        }
      } catch (e) {
        setView({ kind: 'error', tab, message: errorText(e) });
        return;
      }
      await poll(tab, attempts);
    },
    [poll, attempts],
  );

  /** The content script was started some other way (a site just added): wait for its verdict. */
  const track = useCallback(
    async (tab: ActiveTab) => {
      setView({ kind: 'analyzing', tab });
      await poll(tab, attempts);
    },
    [poll, attempts],
  );

  return { view, analyze, track };
}

/** Article as listed in the library, with its annotation count. */
export type LibraryItem = ArticleListItem;

export type LibraryView =
  | { kind: 'loading' }
  | { kind: 'ready'; items: LibraryItem[] }
  | { kind: 'error'; message: string };

/** The saved articles, with delete and reload. */
export function useLibrary() {
  const [view, setView] = useState<LibraryView>({ kind: 'loading' });

  const reload = useCallback(async () => {
    try {
      const items = await platform.sendMessage<LibraryItem[]>({ type: 'listArticles' });
      // Unordered here: the library orders what it shows by the reader's chosen sort (library-filter.ts).
      setView({ kind: 'ready', items: Array.isArray(items) ? items : [] });
    } catch (e) {
      setView({ kind: 'error', message: errorText(e) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Resolves to an error message, or undefined on success (the item is removed from the list). */
  const remove = useCallback(async (id: number): Promise<string | undefined> => {
    try {
      await platform.sendMessage<{ deleted: boolean }>({ type: 'deleteArticle', id });
    } catch (e) {
      return errorText(e);
    }
    setView((v) => (v.kind === 'ready' ? { kind: 'ready', items: v.items.filter((a) => a.id !== id) } : v));
    return undefined;
  }, []);

  return { view, reload, remove };
}

export type PopupOptions = Options;

/** Summary length bounds (the core accepts 1..7), re-exported for the options form. */
export const SUMMARY_MIN = SUMMARY_LENGTH_MIN;
export const SUMMARY_MAX = SUMMARY_LENGTH_MAX;

/** Stored options, loaded once; `save` merges and persists, resolving to an error message or undefined. */
export function useOptions() {
  const [options, setOptions] = useState<PopupOptions | null>(null);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    platform.storage
      .getOptions()
      .then((o) => setOptions(o))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);

  const save = useCallback(
    async (patch: Partial<PopupOptions>): Promise<string | undefined> => {
      if (!options) return undefined;
      const next = { ...options, ...patch };
      setOptions(next);
      try {
        await platform.storage.setOptions(patch);
        return undefined;
      } catch (e) {
        return errorText(e);
      }
    },
    [options],
  );

  return { options, error, save };
}
