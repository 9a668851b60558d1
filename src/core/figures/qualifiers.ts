// Approximators and anchors written before a figure. They stay OUTSIDE the span and go to span.qualifier
// ("ước đạt [243 tỷ 609 triệu đồng]", "gần [5 tháng]", "từ [ngày 1/7]").
import { phraseBefore, phraseSet, type PhraseHit } from './scan';

/** Before amounts, percentages and quantities. */
const AMOUNT_QUALIFIERS = phraseSet([
  'hơn', 'gần', 'khoảng', 'trên', 'dưới', 'ước đạt', 'ước tính', 'ước khoảng', 'ước', 'đạt', 'gần như', 'tới',
  'lên tới', 'lên đến', 'chỉ', 'chỉ có', 'xấp xỉ', 'vượt', 'ngót', 'chừng', 'tối thiểu', 'tối đa', 'ít nhất',
  'trên dưới', 'cỡ', 'tầm', 'độ chừng', 'non', 'ngót nghét', 'ít nhất là', 'tổng cộng',
]);

/** Before a DATE standing alone (an open-ended range or an approximate point). */
const DATE_QUALIFIERS = phraseSet([
  'từ', 'kể từ', 'đến', 'tới', 'cho đến', 'đến hết', 'tính đến', 'tính đến hết', 'tính từ', 'trước', 'sau',
  'đầu', 'cuối', 'giữa', 'từ đầu', 'từ cuối', 'từ giữa', 'đến đầu', 'đến cuối', 'đến giữa', 'hết',
  'khoảng', 'gần', 'ngay từ', 'ngay sau', 'từ sau', 'tới hết', 'vào cuối', 'vào đầu', 'vào giữa',
]);

export function amountQualifier(f: string, s: number): PhraseHit | null {
  return phraseBefore(f, s, AMOUNT_QUALIFIERS);
}

export function dateQualifier(f: string, s: number): PhraseHit | null {
  return phraseBefore(f, s, DATE_QUALIFIERS);
}
