// The stylesheet for <soitin-mark>, injected once per document.
//
// Marks change colour only: a translucent background tint and an underline in the type's colour. No
// padding, margin, border or display change, so the page's layout never moves. The tint is mixed with
// transparency so the page's own text colour stays legible on light and dark pages alike.
// Visibility: `html.soitin-hide-<type>` makes that type's marks transparent (one class per type).
import { ENTITY_TYPES } from '../core/types';
import { TYPE_STYLES } from '../core/format';
import { USER_TYPE } from '../shared/records';

/** How much of the type colour shows through: enough to see on white, not enough to drown dark text. */
const TINT_PERCENT = 45;
/** The reader's highlighter pen: yellow, stronger than the entity tints so it reads as "mine". */
const USER_COLOR = '#ffd60a';
const USER_TINT_PERCENT = 60;
/** Outline of a reader highlight (amber: visible on white and on dark pages). */
const USER_EDGE = '#d49a00';

export function markCss(): string {
  const rules = [
    // !important: page rules such as `article * { background: none }` must not erase our highlights,
    // and page rules must not add box styles to us.
    `soitin-mark{display:inline!important;margin:0!important;padding:0!important;border:0!important;` +
      `text-underline-offset:0.15em;border-radius:0!important}`,
  ];
  for (const t of ENTITY_TYPES) {
    const c = TYPE_STYLES[t].color;
    rules.push(
      `soitin-mark[data-type="${t}"]{background-color:${c}!important;` +
        `background-color:color-mix(in srgb,${c} ${TINT_PERCENT}%,transparent)!important;` +
        `text-decoration:underline ${c}!important;text-decoration-thickness:2px!important}`,
      `html.soitin-hide-${t.toLowerCase()} soitin-mark[data-type="${t}"]` +
        `{background-color:transparent!important;text-decoration:none!important}`,
    );
  }
  // The reader's own highlights: a yellow marker with an outline (no layout change: outline and inset
  // shadow take no space; no generated content, so the page's text is untouched). A note adds a thick
  // underline-like inset edge so annotated passages stand out from plain highlights.
  rules.push(
    `soitin-mark[data-type="${USER_TYPE}"]{background-color:${USER_COLOR}!important;` +
      `background-color:color-mix(in srgb,${USER_COLOR} ${USER_TINT_PERCENT}%,transparent)!important;` +
      `outline:1px solid ${USER_EDGE}!important;outline-offset:0!important;text-decoration:none!important}`,
    `soitin-mark[data-type="${USER_TYPE}"][data-note]{box-shadow:inset 0 -3px 0 ${USER_EDGE}!important;cursor:help}`,
  );
  return rules.join('\n');
}

const injected = new WeakSet<Document>();

/**
 * Adds the mark stylesheet to `doc` once. A constructed stylesheet (adoptedStyleSheets) is preferred: it
 * adds no node, so the page's text (documentElement.textContent) is unchanged. Where it is unavailable
 * or refused (older engines, some content-script sandboxes) a <style> element in <head> is the fallback.
 */
export function ensureMarkStyles(doc: Document): void {
  if (injected.has(doc)) return;
  injected.add(doc);
  const css = markCss();
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = view?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in doc) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) return;
    }
  } catch {
    // fall through to the <style> element
  }
  const style = doc.createElement('style');
  style.id = 'soitin-mark-style';
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
}
