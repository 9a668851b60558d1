// The legend: a small fixed panel listing each entity type present on the page with its colour and count,
// a switch per type (hides/shows that type's marks), a collapse button, and a badge when the article
// reads as provincial news.
import type { EntityType, ProvincialVerdict } from '../../core/types';
import { ENTITY_TYPES } from '../../core/types';
import { TYPE_STYLES } from '../../core/format';
import { typeLabel, type Lang } from '../../shared/i18n';
import { el } from './host';
import { overlayText } from './i18n';

export interface LegendOptions {
  counts: Partial<Record<EntityType, number>>;
  provincial?: ProvincialVerdict;
  /** Types currently visible (default: all). */
  isVisible?: (type: EntityType) => boolean;
  onToggle: (type: EntityType, visible: boolean) => void;
  /** Interface language (default Vietnamese). */
  lang?: Lang;
}

export interface Legend {
  element: HTMLElement;
  /** Reflects a visibility change made elsewhere (the popup) without calling onToggle. */
  setVisible(type: EntityType, visible: boolean): void;
  setCollapsed(collapsed: boolean): void;
}

export function createLegend(shadow: ShadowRoot, opts: LegendOptions): Legend {
  const doc = shadow.ownerDocument;
  const lang = opts.lang ?? 'vi';
  const t = overlayText(lang);
  const panel = el(doc, 'div', 'panel');
  // The page may be in any language; the panel says which one it speaks.
  panel.lang = lang;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Soi Tin');

  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'brand', 'Soi Tin'));
  const collapse = el(doc, 'button', 'collapse', '–');
  collapse.type = 'button';
  head.append(collapse);
  panel.append(head);
  if (opts.provincial?.isProvincial) {
    // Own row: a province name can be long ("Thừa Thiên Huế") and must not squeeze the header.
    const badge = el(doc, 'div', 'badge', opts.provincial.province ? `${t.provincial} · ${opts.provincial.province}` : t.provincial);
    badge.title = opts.provincial.signals.join('\n');
    panel.append(badge);
  }

  const list = el(doc, 'ul', 'types');
  const switches = new Map<EntityType, HTMLButtonElement>();
  for (const type of ENTITY_TYPES) {
    const count = opts.counts[type];
    if (!count) continue;
    const style = TYPE_STYLES[type];
    const li = el(doc, 'li');
    const button = el(doc, 'button');
    button.type = 'button';
    button.setAttribute('role', 'switch');
    button.dataset.type = type;
    const swatch = el(doc, 'span', 'swatch');
    swatch.style.background = style.color;
    button.append(swatch, el(doc, 'span', 'label', typeLabel(type, lang)), el(doc, 'span', 'count', String(count)));
    const visible = opts.isVisible ? opts.isVisible(type) : true;
    button.setAttribute('aria-checked', String(visible));
    button.addEventListener('click', () => {
      const next = button.getAttribute('aria-checked') !== 'true';
      button.setAttribute('aria-checked', String(next));
      opts.onToggle(type, next);
    });
    switches.set(type, button);
    li.append(button);
    list.append(li);
  }
  panel.append(list);

  const setCollapsed = (collapsed: boolean) => {
    panel.classList.toggle('collapsed', collapsed);
    collapse.textContent = collapsed ? '+' : '–';
    collapse.setAttribute('aria-expanded', String(!collapsed));
    collapse.setAttribute('aria-label', collapsed ? t.expandLegend : t.collapseLegend);
  };
  setCollapsed(false);
  collapse.addEventListener('click', () => setCollapsed(!panel.classList.contains('collapsed')));

  shadow.append(panel);
  return {
    element: panel,
    setVisible: (type, visible) => switches.get(type)?.setAttribute('aria-checked', String(visible)),
    setCollapsed,
  };
}
