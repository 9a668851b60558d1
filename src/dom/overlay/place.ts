// Where a floating box (hover card, selection toolbar, note editor) goes: below what it is about, moved up
// above it when it would leave the bottom of the viewport, and kept inside the viewport horizontally.

/** Gap between the anchor (mark, selection) and the box, px. */
const PLACE_GAP = 6;
/** Margin kept from the viewport's left and right edges, px. */
const EDGE = 4;

/**
 * Positions `box` (position: fixed, viewport coordinates) next to the rectangle `near`. `fallback` is the
 * size assumed before the box has been laid out (offsetWidth/offsetHeight are 0 in a DOM without layout).
 */
export function placeNear(box: HTMLElement, near: DOMRect, view: Window | null, fallback: { w: number; h: number }): void {
  const vw = view?.innerWidth ?? 1024;
  const vh = view?.innerHeight ?? 768;
  const w = box.offsetWidth || fallback.w;
  const h = box.offsetHeight || fallback.h;
  const left = Math.max(EDGE, Math.min(near.left, vw - w - EDGE));
  const below = near.bottom + PLACE_GAP;
  const top = below + h > vh && near.top - PLACE_GAP - h > 0 ? near.top - PLACE_GAP - h : below;
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}
