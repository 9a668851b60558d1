// The hover card: when the pointer rests on a mark, shows what it is (type label), the exact text, the
// normalised value, the spelled-out abbreviation and the administrative unit. Nested marks show one entry
// each, innermost first. Built with createElement/textContent only.
import type { Span } from '../../core/types';
import { TYPE_STYLES, spanDetails } from '../../core/format';
import { el } from './host';

/** Gap between the mark and the card, px. */
const CARD_GAP = 6;
/** Delay before hiding, so the pointer can travel from the mark to the card. */
const HIDE_DELAY_MS = 250;

export interface HoverCardOptions {
  /** The span a <soitin-mark> stands for. */
  spanOf: (mark: Element) => Span | undefined;
  /** Whether a type is currently shown (hidden types get no entry). */
  isVisible: (type: string) => boolean;
  markTag: string;
  signal?: AbortSignal;
}

export interface HoverCard {
  element: HTMLElement;
  show(mark: Element): void;
  hide(): void;
}

function fill(card: HTMLElement, spans: Span[]): void {
  const doc = card.ownerDocument;
  card.replaceChildren();
  for (const span of spans) {
    const entry = el(doc, 'div', 'entry');
    const style = TYPE_STYLES[span.type];
    const type = el(doc, 'div', 'type');
    const swatch = el(doc, 'span', 'swatch');
    swatch.style.background = style?.color ?? '#ccc';
    type.append(swatch, el(doc, 'span', undefined, style?.label ?? span.type));
    entry.append(type, el(doc, 'div', 'text', `“${span.text}”`));
    for (const d of spanDetails(span)) {
      const line = el(doc, 'div', 'detail');
      line.append(el(doc, 'b', undefined, `${d.label}: `), doc.createTextNode(d.value));
      entry.append(line);
    }
    card.append(entry);
  }
}

export function createHoverCard(shadow: ShadowRoot, opts: HoverCardOptions): HoverCard {
  const doc = shadow.ownerDocument;
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  shadow.append(card);
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (mark: Element) => {
    clearTimeout(hideTimer);
    const spans: Span[] = [];
    for (let m: Element | null = mark; m; m = m.parentElement?.closest(opts.markTag) ?? null) {
      const s = opts.spanOf(m);
      if (s && opts.isVisible(s.type) && !spans.includes(s)) spans.push(s);
    }
    if (!spans.length) return hide();
    fill(card, spans);
    card.hidden = false;
    const view = doc.defaultView;
    const r = mark.getBoundingClientRect();
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const w = card.offsetWidth || 280;
    const h = card.offsetHeight || 80;
    const left = Math.max(4, Math.min(r.left, vw - w - 4));
    const below = r.bottom + CARD_GAP;
    const top = below + h > vh && r.top - CARD_GAP - h > 0 ? r.top - CARD_GAP - h : below;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  };
  const hide = () => {
    clearTimeout(hideTimer);
    card.hidden = true;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  const signal = opts.signal;
  doc.addEventListener(
    'mouseover',
    (e) => {
      const target = e.target as Element | null;
      const mark = target && typeof target.closest === 'function' ? target.closest(opts.markTag) : null;
      if (mark) show(mark);
      else if (!card.hidden) hideSoon();
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && hide(), { signal });
  card.addEventListener('mouseenter', () => clearTimeout(hideTimer), { signal });
  card.addEventListener('mouseleave', hideSoon, { signal });
  return { element: card, show, hide };
}
