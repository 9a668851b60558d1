// How a span is shown to a reader: type label, colour and the normalised value in Vietnamese
// conventions. Shared by the hover card (content script), the popup and the Markdown export.
import type { EntityType, Span } from './types';

export interface TypeStyle {
  /** Vietnamese label shown in the legend, the hover card and the popup. */
  label: string;
  /** English label (exports, CLI). */
  en: string;
  /** Highlight colour; chosen to stay legible on white and on dark pages (text keeps the page colour). */
  color: string;
}

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  PERSON: { label: 'Người', en: 'Person', color: '#f4a261' },
  TITLE: { label: 'Chức danh', en: 'Title', color: '#e9c46a' },
  LOCATION: { label: 'Địa danh', en: 'Place', color: '#8ecae6' },
  ORGANIZATION: { label: 'Tổ chức', en: 'Organisation', color: '#b5a7f0' },
  MONEY: { label: 'Tiền', en: 'Money', color: '#90d890' },
  PERCENT: { label: 'Tỷ lệ', en: 'Percent', color: '#7fd6c2' },
  DATE: { label: 'Ngày tháng', en: 'Date', color: '#f7a8c4' },
  PERIOD: { label: 'Thời kỳ', en: 'Period', color: '#f0b8e0' },
  QUANTITY: { label: 'Số lượng', en: 'Quantity', color: '#c9d77a' },
  ORDINAL: { label: 'Thứ tự', en: 'Ordinal', color: '#d4b896' },
};

/** 243609000000 → "243.609.000.000"; 8.5 → "8,5" (Vietnamese separators). */
export function formatNumberVi(n: number): string {
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

const CURRENCY_SIGN: Record<string, string> = { VND: '₫', USD: 'US$', EUR: '€', JPY: '¥', CNY: 'CN¥', GBP: '£', KRW: '₩' };

/** "2025-11-25" → "25/11/2025"; "2025-11" → "11/2025"; "2025" stays. */
export function formatIsoDateVi(iso: string): string {
  // "--11-25" / "--11": ISO's year-unknown form, used when an article gives no publication date.
  const noYear = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (noYear) return noYear[2] ? `${noYear[2]}/${noYear[1]}` : `tháng ${noYear[1]}`;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (d) return `${d}/${mo}/${y}`;
  if (mo) return `${mo}/${y}`;
  return y;
}

/** The normalised value as a reader would write it, or undefined when the span has none. */
export function formatValue(span: Span): string | undefined {
  // Ranges ("3-5 tỷ đồng") carry valueMin/valueMax instead of one value: show both ends.
  if (span.value === undefined && span.valueMin !== undefined && span.valueMax !== undefined) {
    const lo = formatValue({ ...span, value: span.valueMin, valueMin: undefined, valueMax: undefined });
    const hi = formatValue({ ...span, value: span.valueMax, valueMin: undefined, valueMax: undefined });
    return lo && hi ? `${lo} – ${hi}` : undefined;
  }
  const v = span.value;
  if (v === undefined) return undefined;
  switch (span.type) {
    case 'MONEY': {
      if (typeof v !== 'number') return String(v);
      const cur = span.currency ?? 'VND';
      const sign = CURRENCY_SIGN[cur];
      const amount = formatNumberVi(v);
      const money = sign === '₫' ? `${amount} ₫` : sign ? `${sign}${amount}` : `${amount} ${cur}`;
      return span.per ? `${money}/${span.per}` : money;
    }
    case 'PERCENT':
      return typeof v === 'number' ? `${formatNumberVi(v)}%` : String(v);
    case 'DATE':
      return typeof v === 'string' ? formatIsoDateVi(v) : String(v);
    case 'PERIOD': {
      if (typeof v !== 'string') return String(v);
      const [a, b] = v.split('/');
      return b ? `${formatIsoDateVi(a)} – ${formatIsoDateVi(b)}` : formatIsoDateVi(a);
    }
    case 'QUANTITY':
      return typeof v === 'number' ? `${formatNumberVi(v)}${span.unit ? ' ' + span.unit : ''}` : String(v);
    case 'ORDINAL':
      return typeof v === 'number' ? `thứ ${v}` : String(v);
    default:
      return typeof v === 'number' ? formatNumberVi(v) : String(v);
  }
}

/** One line describing where a place is: "xã thuộc tỉnh Thanh Hóa", "tỉnh cũ, nay thuộc tỉnh Ninh Bình". */
export function describePlace(span: Span): string | undefined {
  const p = span.place;
  if (!p) return undefined;
  const unit = p.unitType ? `${p.unitType} ` : '';
  if (!p.current) {
    const now = p.nowPartOf?.length ? `, nay thuộc ${p.nowPartOf.join('; ')}` : '';
    return `${unit}${p.name} (trước 1/7/2025)${now}`;
  }
  const where = p.province && p.level !== 'province' ? ` thuộc ${p.province}` : '';
  const from = p.formedFrom?.length ? `; hình thành từ ${p.formedFrom.join(', ')}` : '';
  return `${unit}${p.name}${where}${from}`;
}

/** One labelled line explaining a span (hover card, popup details). */
export interface SpanDetail {
  label: string;
  value: string;
}

/**
 * The lines a reader needs to understand a span beyond its text: normalised value (with the approximator
 * that was left outside the span, "ước đạt"), spelled-out abbreviation, title modifier, and for a place
 * its unit and province (former units say what they are part of now).
 */
export function spanDetails(span: Span): SpanDetail[] {
  const out: SpanDetail[] = [];
  const value = formatValue(span);
  if (value !== undefined && value !== span.text) {
    const approx = span.qualifier ? `${span.qualifier} ` : '';
    const range =
      span.valueMin !== undefined && span.valueMax !== undefined
        ? ` (${formatNumberVi(span.valueMin)}–${formatNumberVi(span.valueMax)})`
        : '';
    const whole = span.of !== undefined ? ` / ${formatNumberVi(span.of)}` : '';
    out.push({ label: 'Giá trị', value: `${approx}${value}${whole}${range}` });
  }
  if (span.inferredCurrency) out.push({ label: 'Ghi chú', value: 'đơn vị tiền tệ được suy ra' });
  if (span.expansion) out.push({ label: 'Viết đầy đủ', value: span.expansion });
  if (span.modifier) out.push({ label: 'Bổ nghĩa', value: span.modifier });
  const place = describePlace(span);
  if (place) out.push({ label: span.place?.current === false ? 'Đơn vị cũ' : 'Đơn vị hành chính', value: place });
  return out;
}
