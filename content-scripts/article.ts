// Content script entry for news article pages (bundled by the build as one classic IIFE).
// It can be injected twice on the same page (manifest match + on-demand injection from the popup); the
// flag lives in the content script's isolated world, so a page script can neither see nor forge it.
import { platform } from '../src/platform';
import { startArticleScript } from './article-controller';

const FLAG = '__soitinArticleScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  try {
    startArticleScript({ doc: document, url: () => location.href, platform, observe: true });
  } catch (err) {
    // Never let our failure surface as a page error.
    console.warn('[Soi Tin] content script failed to start:', err);
  }
}
