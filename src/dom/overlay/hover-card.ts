// The hover card: when the pointer rests on a mark, shows what it is (type label), the exact text, the
// normalised value, the spelled-out abbreviation and the administrative unit. Nested marks show one entry
// each, innermost first. A reader's own highlight shows its note with "edit" and "delete" buttons.
// Built with createElement/textContent only.
import { TYPE_STYLES, spanDetails } from '../../core/format';
import type { EntityType } from '../../core/types';
import { detailLabel, detailValue, typeLabel, type Lang } from '../../shared/i18n';
import { isUserSpan, type MarkSpan, type UserMarkSpan } from '../highlighter';
import { el } from './host';
import { placeNear } from './place';
import { overlayText } from './i18n';

/** Size assumed for the card before layout, px. */
const CARD_FALLBACK_SIZE = { w: 280, h: 80 };
/** Delay before hiding, so the pointer can travel from the mark to the card. */
const HIDE_DELAY_MS = 250;

export interface HoverCardOptions {
  /** The span a <soitin-mark> stands for. */
  spanOf: (mark: Element) => MarkSpan | undefined;
  /** Whether a type is currently shown (hidden types get no entry). */
  isVisible: (type: string) => boolean;
  markTag: string;
  /** Actions on the reader's own annotations (absent: their entries are shown without buttons). */
  user?: UserCardActions;
  signal?: AbortSignal;
  /** Interface language of the card's own labels (default Vietnamese); the article's words stay as printed. */
  lang?: Lang;
}

export interface UserCardActions {
  /** Opens the note editor for this annotation, placed near `near`. */
  edit(span: UserMarkSpan, near: DOMRect): void;
  /** Deletes the annotation; a rejection's message is shown in the card. */
  remove(span: UserMarkSpan): Promise<void>;
}

export interface HoverCard {
  element: HTMLElement;
  show(mark: Element): void;
  hide(): void;
}

/** Title of a reader entry: "note" when it carries one, else "highlight" (Vietnamese; see ./i18n). */
export const USER_ENTRY_LABEL = { note: overlayText('vi').userNote, highlight: overlayText('vi').userHighlight } as const;

function userEntry(
  doc: Document,
  span: UserMarkSpan,
  mark: Element,
  card: HTMLElement,
  lang: Lang,
  actions?: UserCardActions,
): HTMLElement {
  const t = overlayText(lang);
  const entry = el(doc, 'div', 'entry user');
  const type = el(doc, 'div', 'type');
  const swatch = el(doc, 'span', 'swatch user');
  type.append(swatch, el(doc, 'span', undefined, span.note ? t.userNote : t.userHighlight));
  entry.append(type, el(doc, 'div', 'text', `“${span.text}”`));
  if (span.note) entry.append(el(doc, 'div', 'note', span.note));
  if (!actions) return entry;
  const row = el(doc, 'div', 'actions');
  const edit = el(doc, 'button', undefined, span.note ? t.editNote : t.addNote);
  edit.type = 'button';
  edit.dataset.action = 'edit';
  const del = el(doc, 'button', 'danger', t.delete);
  del.type = 'button';
  del.dataset.action = 'delete';
  const error = el(doc, 'div', 'error');
  error.hidden = true;
  edit.addEventListener('click', () => {
    card.hidden = true;
    actions.edit(span, mark.getBoundingClientRect());
  });
  // Two steps: a note is the reader's own writing, one stray click must not lose it.
  del.addEventListener('click', async () => {
    if (del.dataset.confirm !== 'true') {
      del.dataset.confirm = 'true';
      del.textContent = t.confirmDelete;
      return;
    }
    try {
      await actions.remove(span);
      card.hidden = true;
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
    }
  });
  row.append(edit, del);
  entry.append(row, error);
  return entry;
}

function fill(card: HTMLElement, spans: Array<[MarkSpan, Element]>, lang: Lang, actions?: UserCardActions): void {
  const doc = card.ownerDocument;
  card.replaceChildren();
  for (const [span, mark] of spans) {
    if (isUserSpan(span)) {
      card.append(userEntry(doc, span, mark, card, lang, actions));
      continue;
    }
    const entry = el(doc, 'div', 'entry');
    const style = TYPE_STYLES[span.type];
    const type = el(doc, 'div', 'type');
    const swatch = el(doc, 'span', 'swatch');
    swatch.style.background = style?.color ?? '#ccc';
    type.append(swatch, el(doc, 'span', undefined, style ? typeLabel(span.type as EntityType, lang) : span.type));
    entry.append(type, el(doc, 'div', 'text', `“${span.text}”`));
    for (const d of spanDetails(span)) {
      const line = el(doc, 'div', 'detail');
      line.append(el(doc, 'b', undefined, `${detailLabel(d.label, lang)}: `), doc.createTextNode(detailValue(d.value, lang)));
      entry.append(line);
    }
    card.append(entry);
  }
}

export function createHoverCard(shadow: ShadowRoot, opts: HoverCardOptions): HoverCard {
  const doc = shadow.ownerDocument;
  const card = el(doc, 'div', 'card');
  // Not a tooltip: a reader's entry has buttons the pointer (and focus) must be able to reach.
  card.setAttribute('role', opts.user ? 'dialog' : 'tooltip');
  const lang = opts.lang ?? 'vi';
  card.lang = lang;
  card.hidden = true;
  shadow.append(card);
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (mark: Element) => {
    clearTimeout(hideTimer);
    const spans: Array<[MarkSpan, Element]> = [];
    for (let m: Element | null = mark; m; m = m.parentElement?.closest(opts.markTag) ?? null) {
      const s = opts.spanOf(m);
      if (s && opts.isVisible(s.type) && !spans.some(([x]) => x === s)) spans.push([s, m]);
    }
    if (!spans.length) return hide();
    // The reader's own entries first: they are what the reader came back for.
    spans.sort(([a], [b]) => Number(isUserSpan(b)) - Number(isUserSpan(a)));
    fill(card, spans, lang, opts.user);
    card.hidden = false;
    placeNear(card, mark.getBoundingClientRect(), doc.defaultView, CARD_FALLBACK_SIZE);
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
