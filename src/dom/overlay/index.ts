// The page overlay as one object: legend + hover card + scroll-and-flash over a Highlighter.
// The content script creates it after painting and destroys it when the page is re-analysed.
import type { EntityType, ProvincialVerdict } from '../../core/types';
import type { Highlighter } from '../highlighter';
import { MARK_TAG } from '../highlighter';
import { createOverlayHost } from './host';
import { createLegend, type Legend } from './legend';
import { createHoverCard } from './hover-card';
import { flashRange } from './flash';

export interface PageOverlay {
  legend: Legend | null;
  /** Shows/hides a type on the page and in the legend. */
  setTypeVisible(type: EntityType, visible: boolean): void;
  /** Scrolls article range [start, end) into view and flashes it; false when it is not on the page. */
  flash(start: number, end: number): boolean;
  destroy(): void;
  /** For tests and the content script only (the root is closed to page scripts). */
  readonly shadow: ShadowRoot;
}

export interface PageOverlayOptions {
  provincial?: ProvincialVerdict;
  /** Show the legend (false on pages without highlights: flashing still works). */
  legend?: boolean;
  /** Told after the reader toggles a type in the legend. */
  onToggle?: (type: EntityType, visible: boolean) => void;
}

export function createPageOverlay(doc: Document, highlighter: Highlighter, opts: PageOverlayOptions = {}): PageOverlay {
  const { shadow, remove } = createOverlayHost(doc);
  const abort = new AbortController();
  const counts = highlighter.counts();
  const legend =
    opts.legend !== false && Object.keys(counts).length
      ? createLegend(shadow, {
          counts,
          provincial: opts.provincial,
          isVisible: (t) => highlighter.isTypeVisible(t),
          onToggle: (type, visible) => {
            highlighter.setTypeVisible(type, visible);
            opts.onToggle?.(type, visible);
          },
        })
      : null;
  createHoverCard(shadow, {
    spanOf: (m) => highlighter.spanOf(m),
    isVisible: (t) => highlighter.isTypeVisible(t),
    markTag: MARK_TAG,
    signal: abort.signal,
  });
  return {
    legend,
    shadow,
    setTypeVisible(type, visible) {
      highlighter.setTypeVisible(type, visible);
      legend?.setVisible(type, visible);
    },
    flash(start, end) {
      const range = highlighter.rangeFor(start, end);
      if (!range) return false;
      flashRange(shadow, range);
      return true;
    },
    destroy() {
      abort.abort();
      remove();
    },
  };
}
