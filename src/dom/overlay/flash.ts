// Scroll-and-flash: brings a text range into view and flashes boxes over it for a moment. The boxes live
// in the overlay's shadow root in document coordinates, so the page's DOM is not touched at all.
import { el } from './host';

/** How long the flash boxes stay (the CSS animation fades them out before this). */
const FLASH_MS = 1700;

export function flashRange(shadow: ShadowRoot, range: Range): void {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView;
  const target = range.startContainer.parentElement;
  const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target?.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  // Viewport rect + current scroll = document position, valid however the smooth scroll proceeds.
  const sx = view?.scrollX ?? 0;
  const sy = view?.scrollY ?? 0;
  const rects = typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
  const boxes = rects
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => {
      const box = el(doc, 'div', 'flash');
      box.style.left = `${r.left + sx}px`;
      box.style.top = `${r.top + sy}px`;
      box.style.width = `${r.width}px`;
      box.style.height = `${r.height}px`;
      return box;
    });
  shadow.append(...boxes);
  setTimeout(() => boxes.forEach((b) => b.remove()), FLASH_MS);
}
