// "Hide everything Soi Tin shows on this page" (the toggle-highlights keyboard command): ONE class on
// <html>. The marks stay in the DOM (so nothing is re-painted and the page text never changes) but draw
// nothing, and the overlay host (legend, hover card, toolbar, editor) is not displayed. Removing the class
// brings back exactly what was shown before: the per-type switches (html.soitin-hide-<type>) and the
// legend's collapsed state are untouched.
import { MARK_TAG } from '../highlighter';
import { OVERLAY_TAG } from './host';

export const ALL_HIDDEN_CLASS = 'soitin-all-hidden';

/**
 * `soitin-mark[data-type]` plus the class gives specificity (0,2,2): above every mark rule in
 * mark-styles.ts, all of which are !important too (the reader's noted mark is (0,2,1)).
 */
export const ALL_HIDDEN_CSS =
  `html.${ALL_HIDDEN_CLASS} ${MARK_TAG}[data-type]{background-color:transparent!important;text-decoration:none!important;` +
  `outline:none!important;box-shadow:none!important;cursor:auto!important}\n` +
  `html.${ALL_HIDDEN_CLASS} ${OVERLAY_TAG}{display:none!important}`;

const styled = new WeakSet<Document>();

/** Adds the rule once per document: a constructed sheet (no node, page text unchanged), else a <style>. */
function ensureCss(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in doc) {
      const sheet = new Sheet();
      sheet.replaceSync(ALL_HIDDEN_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) return;
    }
  } catch {
    // fall through to the <style> element
  }
  const style = doc.createElement('style');
  style.id = 'soitin-visibility-style';
  style.textContent = ALL_HIDDEN_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function areAllHidden(doc: Document): boolean {
  return doc.documentElement.classList.contains(ALL_HIDDEN_CLASS);
}

export function setAllHidden(doc: Document, hidden: boolean): void {
  if (hidden) ensureCss(doc);
  doc.documentElement.classList.toggle(ALL_HIDDEN_CLASS, hidden);
}

/** Flips the switch; returns whether Soi Tin is now hidden. */
export function toggleAllHidden(doc: Document): boolean {
  const hidden = !areAllHidden(doc);
  setAllHidden(doc, hidden);
  return hidden;
}
