// @vitest-environment happy-dom
// Legend, hover card and scroll-and-flash over painted marks.
import { readFileSync } from 'node:fs';
import type { EntityType, Span } from '../../src/core/types';
import { extractArticle } from '../../src/dom/extract';
import { Highlighter, hideClass } from '../../src/dom/highlighter';
import { createPageOverlay } from '../../src/dom/overlay';
import { OVERLAY_TAG } from '../../src/dom/overlay/host';

const html = readFileSync('tests/fixtures/pages/baothanhhoa-2025-11-25/source.html', 'utf8');

function load(source: string): Document {
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  const root = document.importNode(parsed.documentElement, true);
  document.removeChild(document.documentElement);
  document.appendChild(root);
  return document;
}

function spanOf(text: string, needle: string, type: EntityType, extra: Partial<Span> = {}): Span {
  const at = text.indexOf(needle);
  return { start: at, end: at + needle.length, type, text: needle, ...extra };
}

describe('page overlay', () => {
  let doc: Document;
  let text: string;
  let h: Highlighter;
  beforeEach(() => {
    doc = load(html);
    text = extractArticle(doc, 'https://baothanhhoa.vn/x.htm')!.text;
    h = new Highlighter(doc);
    h.paint(text, [
      spanOf(text, 'Nguyễn Hồng Phong', 'PERSON'),
      spanOf(text, 'Nguyễn Thị Tuyến', 'PERSON'),
      spanOf(text, '243 tỷ 609 triệu đồng', 'MONEY', { value: 243609000000, currency: 'VND', qualifier: 'ước đạt' }),
      spanOf(text, 'HĐND tỉnh', 'ORGANIZATION', { expansion: 'Hội đồng nhân dân tỉnh' }),
      spanOf(text, 'xã Tống Sơn', 'LOCATION', {
        place: { level: 'commune', unitType: 'xã', name: 'Tống Sơn', province: 'Thanh Hóa', current: true },
      }),
    ]);
  });
  afterEach(() => {
    h.clear();
    for (const t of ['PERSON', 'MONEY'] as const) h.setTypeVisible(t, true);
  });

  it('adds one closed-shadow host and does not change the page text', () => {
    const before = doc.documentElement.textContent;
    const overlay = createPageOverlay(doc, h, { provincial: { score: 0.9, isProvincial: true, province: 'Thanh Hóa', signals: [] } });
    const hosts = doc.querySelectorAll(OVERLAY_TAG);
    expect(hosts.length).toBe(1);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull();
    expect(doc.documentElement.textContent).toBe(before);
    expect(overlay.shadow.querySelector('.badge')!.textContent).toContain('Thanh Hóa');
    overlay.destroy();
    expect(doc.querySelectorAll(OVERLAY_TAG).length).toBe(0);
  });

  it('lists each type present with its count, and a switch hides and shows that type', () => {
    const overlay = createPageOverlay(doc, h);
    const switches = Array.from(overlay.shadow.querySelectorAll<HTMLButtonElement>('.types button'));
    expect(switches.map((b) => b.dataset.type)).toEqual(['PERSON', 'LOCATION', 'ORGANIZATION', 'MONEY']);
    const person = switches[0];
    expect(person.querySelector('.label')!.textContent).toBe('Người');
    expect(person.querySelector('.count')!.textContent).toBe('2');
    person.click();
    expect(doc.documentElement.classList.contains(hideClass('PERSON'))).toBe(true);
    expect(person.getAttribute('aria-checked')).toBe('false');
    expect(doc.documentElement.classList.contains(hideClass('MONEY'))).toBe(false);
    person.click();
    expect(doc.documentElement.classList.contains(hideClass('PERSON'))).toBe(false);
    // A change made from the popup is reflected in the legend.
    overlay.setTypeVisible('MONEY', false);
    expect(switches[3].getAttribute('aria-checked')).toBe('false');
    expect(doc.documentElement.classList.contains(hideClass('MONEY'))).toBe(true);
    overlay.destroy();
  });

  it('collapses the legend', () => {
    const overlay = createPageOverlay(doc, h);
    const panel = overlay.shadow.querySelector('.panel')!;
    (overlay.shadow.querySelector('.collapse') as HTMLButtonElement).click();
    expect(panel.classList.contains('collapsed')).toBe(true);
    overlay.destroy();
  });

  it('shows a hover card with the type, the text and the normalised value', () => {
    const overlay = createPageOverlay(doc, h);
    const money = doc.querySelector('soitin-mark[data-type="MONEY"]')!;
    money.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const card = overlay.shadow.querySelector('.card') as HTMLElement;
    expect(card.hidden).toBe(false);
    expect(card.textContent).toContain('Tiền');
    expect(card.textContent).toContain('“243 tỷ 609 triệu đồng”');
    expect(card.textContent).toContain('ước đạt 243.609.000.000 ₫');

    doc.querySelector('soitin-mark[data-type="ORGANIZATION"]')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(card.textContent).toContain('Hội đồng nhân dân tỉnh');
    doc.querySelector('soitin-mark[data-type="LOCATION"]')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(card.textContent).toContain('xã Tống Sơn thuộc Thanh Hóa');
    // A hidden type gets no card.
    h.setTypeVisible('MONEY', false);
    money.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(card.hidden).toBe(true);
    overlay.destroy();
  });

  it('flashes a range that is on the page and reports one that is not', () => {
    const overlay = createPageOverlay(doc, h);
    const target = spanOf(text, 'Tổng thu ngân sách nhà nước năm 2025', 'QUANTITY');
    const range = h.rangeFor(target.start, target.end)!;
    expect(range.toString()).toBe('Tổng thu ngân sách nhà nước năm 2025');
    expect(overlay.flash(target.start, target.end)).toBe(true);
    expect(overlay.flash(text.length + 10, text.length + 20)).toBe(false);
    overlay.destroy();
  });
});
