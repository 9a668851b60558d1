// Keyboard commands (manifest "commands"). "_execute_action" (open the popup) is handled by the browser
// itself; only our own commands arrive here.
import type { CommandHandler, Platform } from '../platform';

export const COMMAND_TOGGLE_HIGHLIGHTS = 'toggle-highlights';

export interface CommandDeps {
  platform: { tabs: Pick<Platform['tabs'], 'queryActive' | 'sendMessage'> };
}

export function createCommandHandler({ platform }: CommandDeps): (...args: Parameters<CommandHandler>) => Promise<void> {
  return async (command, tab) => {
    if (command !== COMMAND_TOGGLE_HIGHLIGHTS) return;
    // Chrome and Firefox pass the active tab; older versions do not, so ask for it then.
    const tabId = tab?.id ?? (await platform.tabs.queryActive().catch(() => undefined))?.id;
    if (typeof tabId !== 'number' || tabId < 0) return;
    // A tab without our content script (a page Soi Tin never analysed) has nothing to hide: no answer
    // there is the expected case, not an error.
    await platform.tabs.sendMessage(tabId, { type: 'toggleHighlights' }).catch(() => undefined);
  };
}
