// A rule that fails on one odd paragraph must not cost the article its other highlights, and the failure
// that taught this (a title closing a headline with no full stop) stays fixed.
import { recognizeEntities, withParagraphFallback } from '../../src/core/entities';
import { foldText } from '../../src/core/text/normalize';
import type { Span } from '../../src/core/types';
import { outerNames } from './support/readings';

const real = (t: string): Span[] => recognizeEntities(t, { folded: foldText(t) });

describe('when the recognizer fails', () => {
  it('keeps every other paragraph, at the right offsets', () => {
    const text = 'UBND tỉnh Thanh Hóa họp sáng nay.\nĐoạn này làm hỏng BOOM.\n\nÔng Nguyễn Văn An, Chủ tịch UBND xã Hà Trung, phát biểu.';
    const failing = (t: string): Span[] => {
      if (t.includes('BOOM')) throw new Error('a rule failed');
      return real(t);
    };
    const got = withParagraphFallback(text, failing);
    expect(got.length).toBeGreaterThan(0);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(got.map((s) => `${s.type}:${s.text}`)).toEqual(expect.arrayContaining(['ORGANIZATION:UBND tỉnh Thanh Hóa', 'PERSON:Nguyễn Văn An']));
    const broken = text.indexOf('Đoạn');
    expect(got.some((s) => s.start >= broken && s.end <= text.indexOf('\n\n'))).toBe(false);
  });

  it('returns the whole-text reading when nothing fails', () => {
    const text = 'UBND tỉnh Thanh Hóa họp.\nÔng Nguyễn Văn An phát biểu.';
    expect(withParagraphFallback(text, real)).toEqual(real(text));
  });
});

describe('a headline that ends with a title and its place, without a full stop', () => {
  it('keeps its bodies and places', () => {
    expect(outerNames('Bộ Chính trị chỉ định tân Bí thư Tỉnh ủy Gia Lai')).toContain('ORGANIZATION:Bộ Chính trị');
    expect(outerNames('HĐND tỉnh Nghệ An miễn nhiệm một phó chủ tịch UBND tỉnh')).toContain('ORGANIZATION:HĐND tỉnh Nghệ An');
  });
});
