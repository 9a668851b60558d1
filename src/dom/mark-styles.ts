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

/**
 * The selector every mark rule starts with. Two `:not(#id)` raise its specificity to (2,0,1), so page rules
 * such as `[data-span] { float: right !important }` (0,1,0) or `:not(:defined) { visibility: hidden }` —
 * which matches every content-script custom element — cannot restyle our marks; ids nobody uses.
 */
export const MARK_SEL = 'soitin-mark:not(#soitin-0):not(#soitin-1)';

/**
 * Every property a page could set on inline elements that would move text or hide it, pinned to the
 * neutral value: marks must take exactly the place their text took before (tested on hostile pages in
 * tests/e2e/robustness.test.ts).
 */
const NEUTRAL =
  'display:inline;visibility:visible;opacity:1;float:none;position:static;vertical-align:baseline;' +
  'font:inherit;line-height:inherit;letter-spacing:inherit;word-spacing:inherit;text-transform:inherit;' +
  'white-space:inherit;margin:0;padding:0;border:0;border-radius:0;box-shadow:none;transform:none;' +
  'width:auto;height:auto;min-width:0;min-height:0;max-width:none;max-height:none;filter:none;' +
  'clip-path:none;content-visibility:visible;pointer-events:auto';

const important = (decls: string) =>
  decls
    .split(';')
    .filter(Boolean)
    .map((d) => `${d}!important`)
    .join(';');

export function markCss(): string {
  const rules = [`${MARK_SEL}{${important(NEUTRAL)};text-underline-offset:0.15em}`];
  for (const t of ENTITY_TYPES) {
    const c = TYPE_STYLES[t].color;
    rules.push(
      `${MARK_SEL}[data-type="${t}"]{background-color:${c}!important;` +
        `background-color:color-mix(in srgb,${c} ${TINT_PERCENT}%,transparent)!important;` +
        `text-decoration:underline ${c}!important;text-decoration-thickness:2px!important}`,
      `html.soitin-hide-${t.toLowerCase()} ${MARK_SEL}[data-type="${t}"]` +
        `{background-color:transparent!important;text-decoration:none!important}`,
    );
  }
  // The reader's own highlights: a yellow marker with an outline (no layout change: outline and inset
  // shadow take no space; no generated content, so the page's text is untouched). A note adds a thick
  // underline-like inset edge so annotated passages stand out from plain highlights.
  rules.push(
    `${MARK_SEL}[data-type="${USER_TYPE}"]{background-color:${USER_COLOR}!important;` +
      `background-color:color-mix(in srgb,${USER_COLOR} ${USER_TINT_PERCENT}%,transparent)!important;` +
      `outline:1px solid ${USER_EDGE}!important;outline-offset:0!important;text-decoration:none!important}`,
    `${MARK_SEL}[data-type="${USER_TYPE}"][data-note]{box-shadow:inset 0 -3px 0 ${USER_EDGE}!important;cursor:help}`,
  );
  return rules.join('\n');
}

const adopted = new WeakMap<Document, Set<string>>();

/**
 * Adds a stylesheet to `doc` once per `id`. A constructed stylesheet (adoptedStyleSheets) is preferred: it
 * adds no node, so the page's text (documentElement.textContent) is unchanged, and it comes after the
 * page's own sheets in the cascade. Where it is unavailable or refused (older engines, some
 * content-script sandboxes) a <style id> element in <head> is the fallback.
 */
export function adoptCss(doc: Document, id: string, css: string): void {
  const done = adopted.get(doc) ?? new Set<string>();
  adopted.set(doc, done);
  if (done.has(id)) return;
  done.add(id);
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
  style.id = id;
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Adds the mark stylesheet to `doc` once. */
export function ensureMarkStyles(doc: Document): void {
  adoptCss(doc, 'soitin-mark-style', markCss());
}
