// The right-click menu: "analyse this page" on any page, and on selected text the same two actions as
// the page's selection toolbar ("Tô sáng", "Ghi chú"). Items outlive the service worker, so they are
// created on install/update only (after removeAll, so an update or a developer reload never meets a
// duplicate id); the click listener is registered at top level by index.ts like every other listener.
import type { MenuClickHandler, MenuItem, Platform } from '../platform';
import type { BackgroundResponse, ContentRequest, SelectionActionReply } from '../shared/messages';

export const MENU_ANALYZE_PAGE = 'soitin-analyze-page';
export const MENU_HIGHLIGHT_SELECTION = 'soitin-highlight-selection';
export const MENU_NOTE_SELECTION = 'soitin-note-selection';

export const MENU_ITEMS: readonly MenuItem[] = [
  { id: MENU_ANALYZE_PAGE, title: 'Soi Tin: phân tích trang này', contexts: ['page'] },
  { id: MENU_HIGHLIGHT_SELECTION, title: 'Soi Tin: tô sáng đoạn đã chọn', contexts: ['selection'] },
  // The ellipsis says that a dialog (the note editor) follows, as menus conventionally do.
  { id: MENU_NOTE_SELECTION, title: 'Soi Tin: ghi chú cho đoạn đã chọn…', contexts: ['selection'] },
];

export async function createMenus(platform: Pick<Platform, 'menus'>): Promise<void> {
  await platform.menus.removeAll();
  for (const item of MENU_ITEMS) await platform.menus.create(item);
}

export interface MenuDeps {
  platform: { tabs: Pick<Platform['tabs'], 'sendMessage'> };
  /** The background's analyzeTab handler: injects the content script (activeTab comes with the click). */
  analyzeTab: (tabId: number) => Promise<BackgroundResponse<'analyzeTab'>>;
  log?: (msg: string, detail?: unknown) => void;
}

/** Settles when the click has been acted on; failures are logged, never thrown into the event. */
export function createMenuClickHandler(deps: MenuDeps): (...args: Parameters<MenuClickHandler>) => Promise<void> {
  const log = deps.log ?? ((m, d) => console.warn(m, d));

  /** Ask the page's content script; if none answers (page not analysed yet), inject it and ask again once. */
  const askPage = async (tabId: number, msg: ContentRequest): Promise<SelectionActionReply> => {
    try {
      return await deps.platform.tabs.sendMessage<SelectionActionReply>(tabId, msg);
    } catch {
      const injected = await deps.analyzeTab(tabId);
      if (!injected.ok) return { ok: false, error: injected.error };
      return deps.platform.tabs.sendMessage<SelectionActionReply>(tabId, msg);
    }
  };

  return async (info, tab) => {
    const tabId = tab?.id;
    // Clicks in browser UI (no tab) or in tabs we cannot script have nothing to act on.
    if (typeof tabId !== 'number' || tabId < 0) return;
    try {
      let reply: { ok: boolean; error?: string } | undefined;
      if (info.menuItemId === MENU_ANALYZE_PAGE) reply = await deps.analyzeTab(tabId);
      else if (info.menuItemId === MENU_HIGHLIGHT_SELECTION) reply = await askPage(tabId, { type: 'annotateSelection', note: false });
      else if (info.menuItemId === MENU_NOTE_SELECTION) reply = await askPage(tabId, { type: 'annotateSelection', note: true });
      else return;
      if (reply && !reply.ok) log(`[Soi Tin] ${String(info.menuItemId)}:`, reply.error);
    } catch (e) {
      log(`[Soi Tin] ${String(info.menuItemId)} failed`, e);
    }
  };
}
