// What a reader sees in the hover card, the popup and the reports for a normalised value.
import { describe, expect, it } from 'vitest';
import { describePlace, formatNumberVi, formatValue } from '../../src/core/format';
import type { Span } from '../../src/core/types';

const span = (p: Partial<Span>): Span => ({ start: 0, end: 1, type: 'MONEY', text: 'x', ...p });

describe('formatValue', () => {
  it('writes VND amounts with Vietnamese thousands separators and the đồng sign', () => {
    expect(formatValue(span({ value: 243609000000, currency: 'VND' }))).toBe('243.609.000.000 ₫');
    expect(formatValue(span({ value: 4400, currency: 'USD' }))).toBe('US$4.400');
  });
  it('shows both ends of a range', () => {
    expect(formatValue(span({ valueMin: 3e9, valueMax: 5e9, currency: 'VND' }))).toBe('3.000.000.000 ₫ – 5.000.000.000 ₫');
  });
  it('writes decimals with a comma and dates day first', () => {
    expect(formatNumberVi(8.5)).toBe('8,5');
    expect(formatValue(span({ type: 'PERCENT', value: 8.5 }))).toBe('8,5%');
    expect(formatValue(span({ type: 'DATE', value: '2025-11-25' }))).toBe('25/11/2025');
    expect(formatValue(span({ type: 'DATE', value: '--11-25' }))).toBe('25/11');
    expect(formatValue(span({ type: 'PERIOD', value: '2025/2030' }))).toBe('2025 – 2030');
    expect(formatValue(span({ type: 'QUANTITY', value: 3321, unit: 'xã' }))).toBe('3.321 xã');
  });
});

describe('describePlace', () => {
  it('names the province of a current commune and what a former unit is part of now', () => {
    expect(
      describePlace(span({ type: 'LOCATION', place: { level: 'commune', unitType: 'xã', name: 'Hà Trung', province: 'Thanh Hóa', current: true } })),
    ).toBe('xã Hà Trung thuộc Thanh Hóa');
    expect(
      describePlace(span({ type: 'LOCATION', place: { level: 'province', unitType: 'tỉnh', name: 'Hà Tây', current: false, nowPartOf: ['Hà Nội'] } })),
    ).toBe('tỉnh Hà Tây (trước 1/7/2025), nay thuộc Hà Nội');
  });
});
