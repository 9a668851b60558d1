// The matching copy: spellings a reader sees as the same word match, and offsets land in the page's own text.
import { describe, expect, it } from 'vitest';
import { foldKey, foldText, toOriginalRange } from '../../src/core/text/normalize';

function findOriginal(text: string, needle: string): string | undefined {
  const m = foldText(text);
  const i = m.folded.indexOf(foldKey(needle));
  if (i < 0) return undefined;
  const [s, e] = toOriginalRange(m, i, i + foldKey(needle).length);
  return text.slice(s, e);
}

describe('foldText', () => {
  it('treats old and new tone placement as one spelling', () => {
    expect(foldKey('Thanh Hoá')).toBe(foldKey('Thanh Hóa'));
    expect(foldKey('Uỷ ban')).toBe(foldKey('Ủy ban'));
    // Closed syllables and "qu" are spelled one way only and must stay as written.
    expect(foldKey('hoàn thành')).toBe('hoàn thành');
    expect(foldKey('quý III')).toBe('quý iii');
  });

  it('finds NFD text and maps the match back to the original characters', () => {
    const page = 'Sáng 25/11 tại xã Hà Trung, tỉnh Thanh Hoá'.normalize('NFD');
    expect(findOriginal(page, 'xã Hà Trung')).toBe('xã Hà Trung'.normalize('NFD'));
    expect(findOriginal(page, 'tỉnh Thanh Hóa')).toBe('tỉnh Thanh Hoá'.normalize('NFD'));
  });

  it('keeps an identity map for NFC text and survives lone surrogates and case maps that change length', () => {
    const m = foldText('Hà Nội');
    expect(Array.from(m.toOrig)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const odd of ['\ud800x', 'İstanbul', '', '\u0000']) {
      const f = foldText(odd);
      expect(f.toOrig.length).toBe(f.folded.length + 1);
      expect(f.toOrig[f.folded.length]).toBe(odd.length);
    }
  });
});
