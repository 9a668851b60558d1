// "Hide everything Soi Tin shows on this page" (the toggle-highlights keyboard command): ONE class on
// <html>. The marks stay in the DOM (so nothing is re-painted and the page text never changes) but draw
// nothing, and the overlay host (legend, hover card, toolbar, editor) is not displayed. Removing the class
// brings back exactly what was shown before: the per-type switches (html.soitin-hide-<type>) and the
// legend's collapsed state are untouched.
import { adoptCss, MARK_SEL } from '../mark-styles';
import { OVERLAY_TAG } from './host';

export const ALL_HIDDEN_CLASS = 'soitin-all-hidden';

/**
 * MARK_SEL + `[data-type]` + the class on <html> gives specificity (2,2,2): above every mark rule in
 * mark-styles.ts, all of which are !important too (the reader's noted mark is (2,2,1)).
 */
export const ALL_HIDDEN_CSS =
  `html.${ALL_HIDDEN_CLASS} ${MARK_SEL}[data-type]{background-color:transparent!important;text-decoration:none!important;` +
  `outline:none!important;box-shadow:none!important;cursor:auto!important}\n` +
  `html.${ALL_HIDDEN_CLASS} ${OVERLAY_TAG}{display:none!important}`;

/** Adds the rule once per document (see adoptCss: no node, so the page text is unchanged). */
function ensureCss(doc: Document): void {
  adoptCss(doc, 'soitin-visibility-style', ALL_HIDDEN_CSS);
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
