// The background service worker (Chrome: MV3 service worker; Firefox: background script), built as an
// ES module. It owns the library database and runs the pure core, which keeps the gazetteers out of
// the content script.
//
// Every listener (messages, context-menu clicks, commands, install) is registered synchronously at top
// level: an MV3 worker is stopped when idle and restarted by the next event, and only listeners added during the first turn of the script see that
// event. A save interrupted by the worker being stopped is one IndexedDB transaction, so it is either
// fully written or not at all.
import { analyze } from '../core/analyze';
import { platform } from '../platform';
import { openDb } from '../store';
import { createCommandHandler } from './commands';
import { createHandlers } from './handlers';
import { createMenuClickHandler, createMenus } from './menus';
import { createRouter } from './router';
import { createSiteAccess } from './sites';

const db = openDb();
const sites = createSiteAccess({ platform });
const handlers = createHandlers({ db, platform, analyze, sites });
platform.onMessage(createRouter(handlers));
// Same rule for menu clicks and shortcuts: they wake the worker too. The menu's "analyse this page"
// goes through the same analyzeTab handler as the popup's button.
const analyzeTab = (tabId: number) => handlers.analyzeTab({ type: 'analyzeTab', tabId }, {});
const onMenuClick = createMenuClickHandler({ platform, analyzeTab });
const onCommand = createCommandHandler({ platform });
platform.menus.onClicked((info, tab) => void onMenuClick(info, tab));
platform.commands.onCommand((command, tab) => void onCommand(command, tab));
// Added sites: their scripts persist across sessions, but a permission withdrawn in the browser's settings
// (or granted while the popup had closed, as Firefox's prompt may close it) must be reflected. Re-sync at
// install/update and browser start, and whenever host permissions change.
const syncSites = () => void sites.sync().catch((e: unknown) => console.warn('[Soi Tin] added sites', e));
platform.onInstalled(() => {
  void createMenus(platform).catch((e: unknown) => console.warn('[Soi Tin] context menus', e));
  syncSites();
});
platform.onStartup(syncSites);
platform.permissions.onAdded(syncSites);
platform.permissions.onRemoved(syncSites);
