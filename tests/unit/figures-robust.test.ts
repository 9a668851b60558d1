// Whatever a page contains, the figures recognizer returns paintable spans and never throws: offsets inside
// the text quoting it exactly, no two figures overlapping. Large inputs must finish (timings live in bench).
import fc from 'fast-check';
import { recognizeFigures } from '../../src/core/figures';
import { parseViNumber, romanToInt } from '../../src/core/figures/numbers';
import { foldText } from '../../src/core/text/normalize';
import type { Span } from '../../src/core/types';
import { figures } from './figures-helpers';

function checkSpans(text: string, spans: Span[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    if (!(s.start >= prevEnd && s.start < s.end && s.end <= text.length)) throw new Error(`bad or overlapping offsets ${s.start}-${s.end}`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`text mismatch at ${s.start}`);
    prevEnd = s.end;
  }
}

/** Pieces that make figure-like text, so random strings hit the interesting paths. */
const PIECES = [
  ' ', ' ', '\n', '.', ',', '/', '-', '–', '%', '(', ')', '0', '1', '2', '25', '11', '2025', '2030', '1.500', '8,5',
  'ngày', 'tháng', 'năm', 'quý', 'I', 'XIV', 'lần', 'thứ', 'khóa', 'từ', 'đến', 'nay', 'đầu', 'tỷ', 'triệu',
  'nghìn', 'đồng', 'USD', 'ha', 'km', 'm2', 'xã', 'người', 'con', 'số', 'Điều', 'giờ', 'h', 'hơn', 'ước đạt',
  'nhiệm kỳ', 'giai đoạn', 'phần trăm', 'điểm', 'Sáng', '😀', '\u0000', '\ud800', 'hoà', 'khoá', 'QĐ', 'UBND',
];

describe('figures robustness', () => {
  it('never throws and returns valid spans on random figure-like text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.constantFrom('2025-11-25', undefined), (parts, published) => {
        const text = parts.join('');
        checkSpans(text, recognizeFigures(text, { folded: foldText(text), ...(published ? { published } : {}) }));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkSpans(text, recognizeFigures(text, { folded: foldText(text) }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, degenerate and mismatched-context input', () => {
    expect(figures('')).toEqual([]);
    expect(figures('\u0000\ud800\udfff😀')).toEqual([]);
    // A folded copy of another text must not shift offsets: the recognizer refolds.
    const text = 'Ước đạt 12 tỷ đồng.';
    const spans = recognizeFigures(text, { folded: foldText('khác hẳn') });
    expect(spans.map((s) => s.text)).toEqual(['12 tỷ đồng']);
  });

  it('finishes on multi-megabyte inputs (5 MB of digits or spaces, 2 MB of dense figures)', () => {
    const inputs = [
      '7'.repeat(5_000_000),
      '1/'.repeat(1_000_000),
      ' '.repeat(5_000_000) + '5 tỷ đồng',
      ('Ngày 25/11/2025, thu 3-5 tỷ đồng/m2/tháng, tăng 8,5%, quý I/2025, khóa XIV và XV; ').repeat(25_000),
    ];
    for (const text of inputs) {
      const spans = recognizeFigures(text, { folded: foldText(text), published: '2025-11-25' });
      checkSpans(text, spans);
    }
    const last = inputs[3];
    const spans = recognizeFigures(last, { folded: foldText(last), published: '2025-11-25' });
    expect(spans.filter((s) => s.type === 'MONEY').length).toBe(25_000);
  });
});

describe('number reading', () => {
  it('follows Vietnamese separators', () => {
    expect(parseViNumber('1.234,5')).toBe(1234.5);
    expect(parseViNumber('1.234.567')).toBe(1234567);
    expect(parseViNumber('8,5')).toBe(8.5);
    expect(parseViNumber('2.5')).toBe(2.5);
    expect(Number.isNaN(parseViNumber('30.4.1975'))).toBe(true);
    expect(Number.isNaN(parseViNumber('9'.repeat(400)))).toBe(true);
  });
  it('reads well-formed Roman numerals only', () => {
    expect(romanToInt('XX')).toBe(20);
    expect(romanToInt('XIV')).toBe(14);
    expect(romanToInt('IIII')).toBe(0);
    expect(romanToInt('VX')).toBe(0);
  });
});
