import { rouge, rougeTokens, numbersKept, lcsLength } from '../../src/eval/rouge';

describe('rouge', () => {
  it('tokenizes Vietnamese letters correctly (NFC, lower case, Unicode letters)', () => {
    expect(rougeTokens('Đồng chí ĐẠT 243 tỷ, '.normalize('NFD'))).toEqual(['đồng', 'chí', 'đạt', '243', 'tỷ']);
  });

  it('scores identical texts 1 and disjoint texts 0', () => {
    const a = rouge('xã Hà Trung đạt 243 tỷ đồng', 'Xã Hà Trung đạt 243 tỷ đồng.');
    expect(a.rouge1.f).toBeCloseTo(1);
    expect(a.rouge2.f).toBeCloseTo(1);
    expect(a.rougeL.f).toBeCloseTo(1);
    const b = rouge('xã Hà Trung', 'thành phố Huế');
    expect(b.rouge1.f).toBe(0);
  });

  it('computes clipped unigram/bigram overlap and LCS', () => {
    // ref: a b c d ; cand: a b d a
    const s = rouge('a b c d', 'a b d a');
    expect(s.rouge1.p).toBeCloseTo(3 / 4);
    expect(s.rouge1.r).toBeCloseTo(3 / 4);
    expect(s.rouge2.p).toBeCloseTo(1 / 3);
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'b', 'd', 'a'])).toBe(3);
  });

  it('measures the share of reference numbers kept', () => {
    expect(numbersKept('đạt 243 tỷ năm 2025', 'năm 2025 thu 100 tỷ')).toBeCloseTo(0.5);
    expect(numbersKept('không có số', 'x')).toBeNull();
  });
});
