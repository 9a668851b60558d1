import { splitSentences, splitParagraphs } from '../../src/core/text/sentences';
import { syllables } from '../../src/core/text/tokens';

const split = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe('splitSentences', () => {
  it('keeps abbreviations before names and places inside the sentence', () => {
    expect(split('TP. Hồ Chí Minh có 10 triệu dân. Tp. Thanh Hóa cũng vậy.')).toEqual([
      'TP. Hồ Chí Minh có 10 triệu dân.',
      'Tp. Thanh Hóa cũng vậy.',
    ]);
    expect(split('PGS.TS. Nguyễn Văn A cho biết. ThS. Lê B và GS. Trần C đến. Th.S Hoàng D và BS. Mai E phát biểu. TS. Vũ F kết luận.')).toEqual([
      'PGS.TS. Nguyễn Văn A cho biết.',
      'ThS. Lê B và GS. Trần C đến.',
      'Th.S Hoàng D và BS. Mai E phát biểu.',
      'TS. Vũ F kết luận.',
    ]);
  });

  it('does not split at name initials', () => {
    expect(split('Ông N.V.A. Đến từ Hà Nội. Bà Nguyễn Thị B. Trần cũng vậy.')).toEqual([
      'Ông N.V.A. Đến từ Hà Nội.',
      'Bà Nguyễn Thị B. Trần cũng vậy.',
    ]);
  });

  it('does not split inside numbers, dates and ranges', () => {
    expect(split('Doanh thu đạt 1.234,5 tỷ đồng. Ngày 30.4.1975 là ngày lịch sử. Sáng 25/11 và giai đoạn 2025-2030 được nêu.')).toEqual([
      'Doanh thu đạt 1.234,5 tỷ đồng.',
      'Ngày 30.4.1975 là ngày lịch sử.',
      'Sáng 25/11 và giai đoạn 2025-2030 được nêu.',
    ]);
  });

  it('splits after a sentence-final abbreviation-like word such as TP.HCM', () => {
    expect(split('Đoàn đến TP.HCM. Sau đó về Hà Nội.')).toEqual(['Đoàn đến TP.HCM.', 'Sau đó về Hà Nội.']);
  });

  it('handles ellipsis and quotations', () => {
    expect(split('Nâng cao sức khỏe Nhân dân... Tiếp theo là phần khác... và còn nữa.')).toEqual([
      'Nâng cao sức khỏe Nhân dân...',
      'Tiếp theo là phần khác... và còn nữa.',
    ]);
    expect(split('Ông nói: “Chúng tôi sẽ làm. Điều đó quan trọng.” Sau đó ông rời đi.')).toEqual([
      'Ông nói: “Chúng tôi sẽ làm. Điều đó quan trọng.”',
      'Sau đó ông rời đi.',
    ]);
  });

  it('ends a sentence at every paragraph break and returns trimmed, non-empty ranges', () => {
    const t = '  Tiêu đề không dấu chấm  \n\nDòng hai. Câu ba!\n \n...\nCâu bốn?';
    expect(split(t)).toEqual(['Tiêu đề không dấu chấm', 'Dòng hai.', 'Câu ba!', 'Câu bốn?']);
    for (const r of splitSentences(t)) {
      expect(r.end).toBeGreaterThan(r.start);
      expect(t.slice(r.start, r.end)).toBe(t.slice(r.start, r.end).trim());
    }
    expect(splitParagraphs(t)).toHaveLength(3);
  });
});

describe('syllables', () => {
  it('returns letter/digit runs with offsets, folded to NFC lower case', () => {
    const t = 'Tỉnh Thanh Hoá đạt 243 tỷ';
    const s = syllables(t);
    expect(s.map((x) => x.text)).toEqual(['tỉnh', 'thanh', 'hóa', 'đạt', '243', 'tỷ']);
    expect(s.every((x) => t.slice(x.start, x.end).toLowerCase().normalize('NFC').length === x.text.length)).toBe(true);
    expect(t.slice(s[4].start, s[4].end)).toBe('243');
  });

  it('keeps a decomposed (NFD) syllable whole', () => {
    const t = 'Hà Nội'.normalize('NFD');
    expect(syllables(t).map((x) => x.text)).toEqual(['hà', 'nội']);
  });
});
