// The one element Soi Tin adds to the page for its interface: <soitin-overlay> with a CLOSED shadow root.
// Closed: page scripts cannot read or restyle the legend; our code keeps the root in this handle.
// It hangs off <html> (not <body>) and its light DOM is empty, so the page's text is unchanged.
import { adoptCss, OVERLAY_CSS } from './styles';

export const OVERLAY_TAG = 'soitin-overlay';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptCss(shadow, OVERLAY_CSS);
  doc.documentElement.appendChild(host);
  return { host, shadow, remove: () => host.remove() };
}

/** createElement + class + text in one call (never innerHTML: page text is data). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
