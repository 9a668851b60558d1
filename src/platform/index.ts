// The one wrapper over the extension APIs (webextension-polyfill). Everything else — background, popup,
// content scripts — goes through `platform`, so unit tests replace this single module with vi.mock.
// Keep it thin: no logic here beyond adapting shapes.
import browser, { type Runtime, type Scripting } from 'webextension-polyfill';
import type { BackgroundRequest, ContentRequest } from '../shared/messages';
import { sanitizeOptions, type Options } from './options';
import { ARTICLE_SCRIPT as CONTENT_SCRIPT } from '../shared/scripts';

export type { Options } from './options';
export { DEFAULT_OPTIONS, sanitizeOptions } from './options';

export type MessageSender = Runtime.MessageSender;

/** A context-menu item as Soi Tin creates it (a subset of contextMenus.create's properties). */
export interface MenuItem {
  id: string;
  title: string;
  /** Where the item shows: 'page' (right-click on the page itself), 'selection' (on selected text). */
  contexts: Array<'page' | 'selection'>;
}
/** What a context-menu click tells: which item, and the tab it was clicked in (absent for browser UI). */
export type MenuClickHandler = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => void;
/** A keyboard command from the manifest's "commands", with the tab that was active. */
export type CommandHandler = (command: string, tab?: { id?: number }) => void;
/** Return a Promise to answer the message; return undefined to let another listener answer. */
export type MessageHandler = (msg: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** Handler of a permissions change: the host patterns that were granted or withdrawn. */
export type OriginsHandler = (origins: string[]) => void;

/** A content script registered at run time (scripting.registerContentScripts), as Soi Tin uses them. */
export interface DynamicScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  /** Kept after a browser restart, so a site the reader added keeps working without the worker waking. */
  persistAcrossSessions: boolean;
}

/** Key of the options object in storage.local. */
const OPTIONS_KEY = 'options';
/** The content script injected on demand; the path the build writes (see manifest.json). */

/** A reply that is only `{error: string}` is how the background reports failure (see ErrorReply). */
function isErrorReply(reply: unknown): reply is { error: string } {
  if (!reply || typeof reply !== 'object' || Array.isArray(reply)) return false;
  const keys = Object.keys(reply);
  return keys.length === 1 && keys[0] === 'error' && typeof (reply as { error: unknown }).error === 'string';
}

export const platform = {
  /** Message the background; rejects with an Error carrying the background's message when it failed. */
  async sendMessage<T = unknown>(msg: BackgroundRequest): Promise<T> {
    const reply: unknown = await browser.runtime.sendMessage(msg);
    if (isErrorReply(reply)) throw new Error(reply.error);
    return reply as T;
  },

  /** Listen to runtime messages; returns a function that removes the listener. */
  onMessage(handler: MessageHandler): () => void {
    // The polyfill sends a returned Promise's value as the reply; undefined means "not mine".
    const listener = (msg: unknown, sender: MessageSender) => handler(msg, sender);
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },

  tabs: {
    /** The active tab of the current window (undefined when there is none). */
    async queryActive(): Promise<{ id: number; url?: string; title?: string } | undefined> {
      // An extension page opened in its own tab (the popup "popped out", `npm start`'s screenshot, the
      // browser tests) would otherwise see itself as the active tab: `?tab=ID` names the tab it is about.
      const named = Number(new URLSearchParams(globalThis.location?.search ?? '').get('tab'));
      if (Number.isInteger(named) && named > 0) {
        const t = await browser.tabs.get(named);
        return { id: named, url: t.url, title: t.title };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!tab || typeof tab.id !== 'number') return undefined;
      return { id: tab.id, url: tab.url, title: tab.title };
    },
    /** Message the content script of a tab. The raw reply: page state carries its own `error` field. */
    sendMessage<T = unknown>(tabId: number, msg: ContentRequest): Promise<T> {
      return browser.tabs.sendMessage(tabId, msg) as Promise<T>;
    },
    /** Open a URL in a new tab (library links, the full-tab library page). */
    async open(url: string): Promise<void> {
      await browser.tabs.create({ url });
    },
  },

  scripting: {
    /** Inject the article content script into a tab (allowed by activeTab after a user gesture). */
    async injectContentScript(tabId: number): Promise<void> {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    },
  },

  /**
   * Content scripts registered at run time: one per site the reader asked Soi Tin to always run on
   * (src/background/sites.ts). Their matches must be covered by a granted host permission.
   */
  dynamicScripts: {
    async register(scripts: DynamicScript[]): Promise<void> {
      await browser.scripting.registerContentScripts(scripts as Scripting.RegisteredContentScript[]);
    },
    async unregister(ids: string[]): Promise<void> {
      await browser.scripting.unregisterContentScripts({ ids });
    },
    /** Every script this extension registered (id and matches only). */
    async list(): Promise<Array<{ id: string; matches: string[] }>> {
      const all = await browser.scripting.getRegisteredContentScripts();
      return all.map((s) => ({ id: s.id, matches: s.matches ?? [] }));
    },
  },

  /**
   * Host permissions. The manifest's `optional_host_permissions` lets Soi Tin ask for one site at a time,
   * when the reader asks for it; the news sites are required permissions granted at install.
   */
  permissions: {
    /**
     * Shows the browser's prompt. Needs a user gesture: call it straight from a click handler, before any
     * `await` (Firefox refuses a request made after the handler's first turn). Resolves to the answer.
     */
    request(origins: string[]): Promise<boolean> {
      return browser.permissions.request({ origins });
    },
    contains(origins: string[]): Promise<boolean> {
      return browser.permissions.contains({ origins });
    },
    remove(origins: string[]): Promise<boolean> {
      return browser.permissions.remove({ origins });
    },
    /** Every granted host pattern, required and optional alike. */
    async grantedOrigins(): Promise<string[]> {
      return (await browser.permissions.getAll()).origins ?? [];
    },
    /** The host patterns the manifest requires (the news-site list), to tell them from those the reader added. */
    requiredOrigins(): string[] {
      return [...(browser.runtime.getManifest().host_permissions ?? [])];
    },
    onAdded(handler: OriginsHandler): () => void {
      const listener = (p: { origins?: string[] }) => handler(p.origins ?? []);
      browser.permissions.onAdded.addListener(listener);
      return () => browser.permissions.onAdded.removeListener(listener);
    },
    /** Also fired when the reader withdraws a site in the browser's own settings. */
    onRemoved(handler: OriginsHandler): () => void {
      const listener = (p: { origins?: string[] }) => handler(p.origins ?? []);
      browser.permissions.onRemoved.addListener(listener);
      return () => browser.permissions.onRemoved.removeListener(listener);
    },
  },

  action: {
    async setBadge(tabId: number, text: string, color: string): Promise<void> {
      await browser.action.setBadgeText({ tabId, text });
      if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
    },
  },

  storage: {
    /** storage.local, not sync: the extension sends nothing anywhere, not even to the browser's cloud. */
    async getOptions(): Promise<Options> {
      const got = await browser.storage.local.get(OPTIONS_KEY);
      return sanitizeOptions(got[OPTIONS_KEY]);
    },
    /** Merges `patch` into the stored options; returns what was stored. */
    async setOptions(patch: Partial<Options>): Promise<Options> {
      const got = await browser.storage.local.get(OPTIONS_KEY);
      const next = sanitizeOptions({ ...sanitizeOptions(got[OPTIONS_KEY]), ...patch });
      await browser.storage.local.set({ [OPTIONS_KEY]: next });
      return next;
    },
  },

  /**
   * Context menus ("contextMenus" permission; Firefox takes it as an alias of "menus"). Items outlive the
   * worker, so they are created once per install/update, and onClicked must be registered at top level.
   */
  menus: {
    removeAll(): Promise<void> {
      return browser.contextMenus.removeAll();
    },
    /** create() answers through a callback, not a Promise: adapt it so a refused item is an error. */
    create(item: MenuItem): Promise<void> {
      return new Promise((resolve, reject) => {
        browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts }, () => {
          const err = browser.runtime.lastError;
          if (err) reject(new Error(err.message ?? String(err)));
          else resolve();
        });
      });
    },
    onClicked(handler: MenuClickHandler): () => void {
      const listener: MenuClickHandler = (info, tab) => handler(info, tab);
      browser.contextMenus.onClicked.addListener(listener);
      return () => browser.contextMenus.onClicked.removeListener(listener);
    },
  },

  /** Keyboard shortcuts declared in the manifest's "commands" (the reader can rebind them in the browser). */
  commands: {
    onCommand(handler: CommandHandler): () => void {
      const listener: CommandHandler = (command, tab) => handler(command, tab);
      browser.commands.onCommand.addListener(listener);
      return () => browser.commands.onCommand.removeListener(listener);
    },
  },

  /** First install and every update (including a reload in developer mode). */
  onInstalled(handler: () => void): () => void {
    const listener = () => handler();
    browser.runtime.onInstalled.addListener(listener);
    return () => browser.runtime.onInstalled.removeListener(listener);
  },

  /** The browser (profile) started: the worker may have missed permission changes made while it was closed. */
  onStartup(handler: () => void): () => void {
    const listener = () => handler();
    browser.runtime.onStartup.addListener(listener);
    return () => browser.runtime.onStartup.removeListener(listener);
  },

  /** Absolute URL of a file packaged with the extension. */
  runtimeUrl(path: string): string {
    return browser.runtime.getURL(path);
  },
};

export type Platform = typeof platform;
