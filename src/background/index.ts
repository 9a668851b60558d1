// The background service worker (Chrome: MV3 service worker; Firefox: background script), built as an
// ES module. It owns the library database and runs the pure core, which keeps the gazetteers out of
// the content script.
//
// The message listener is registered synchronously at top level: an MV3 worker is stopped when idle and
// restarted by the next message, and only listeners added during the first turn of the script see that
// message. A save interrupted by the worker being stopped is one IndexedDB transaction, so it is either
// fully written or not at all.
import { analyze } from '../core/analyze';
import { platform } from '../platform';
import { openDb } from '../store';
import { createHandlers } from './handlers';
import { createRouter } from './router';

const db = openDb();
platform.onMessage(createRouter(createHandlers({ db, platform, analyze })));
