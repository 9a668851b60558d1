// Names the grammar's head words do not explain: a capitalised run typed by the words around it, known
// organisations named bare, and a name's type carried through the rest of the article. Invented sentences.
import { recognizeEntities } from '../../src/core/entities';
import { isVietSyllable } from '../../src/core/entities/candidates';
import { foldText } from '../../src/core/text/normalize';
import type { Span } from '../../src/core/types';

function run(text: string): Span[] {
  return recognizeEntities(text, { folded: foldText(text), published: '2025-11-25' });
}
/** Spans no other predicted span contains: what a reader sees painted. */
function outer(text: string): string[] {
  const spans = run(text);
  return spans
    .filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start))
    .map((s) => `${s.type}:${s.text}`);
}

describe('capitalised runs typed by evidence', () => {
  it('reads a foreign name followed by a verb of speech as a person', () => {
    expect(outer('Trong cuộc họp báo, Jonathan Whitfield cho biết dự án sẽ sớm hoàn thành.')).toContain('PERSON:Jonathan Whitfield');
  });

  it('reads a name after a place preposition as a location', () => {
    expect(outer('Đoàn công tác đã đến Rotterdam để khảo sát hệ thống cảng.')).toContain('LOCATION:Rotterdam');
  });

  it('reads a name after a company or club noun as an organisation', () => {
    expect(outer('Hợp đồng được ký với hãng Northwind vào tuần trước.')).toContain('ORGANIZATION:Northwind');
  });

  it('reads a brand spelt with an inner capital as an organisation', () => {
    expect(outer('Khách hàng của LumoraPay phản ánh ứng dụng bị lỗi.')).toContain('ORGANIZATION:LumoraPay');
  });

  it('reads an unknown mid-sentence acronym as an organisation, but not a known term', () => {
    const got = outer('Theo báo cáo của TRXQ, GDP của vùng tăng mạnh.');
    expect(got).toContain('ORGANIZATION:TRXQ');
    expect(got.some((s) => s.endsWith(':GDP'))).toBe(false);
  });

  it('reads a mid-sentence country that is also a common word as the country', () => {
    expect(outer('Phái đoàn Nga đã tới Hà Nội hôm qua.')).toContain('LOCATION:Nga');
    // After "ông" the same syllable is a person's name.
    expect(outer('Hôm qua ông Nga đã nghỉ hưu.')).toContain('PERSON:Nga');
  });

  it('does not read the capitalised first syllable of a common compound as a name', () => {
    expect(outer('Hội thảo khoa học Quốc gia diễn ra tại Huế.').some((s) => s.startsWith('PERSON:'))).toBe(false);
    expect(outer('Trưởng phòng Văn hóa huyện cho biết lễ hội sẽ kéo dài ba ngày.').some((s) => s.startsWith('PERSON:'))).toBe(false);
  });

  it('tells Vietnamese syllables from foreign words', () => {
    for (const w of ['nguyễn', 'thường', 'khuyến', 'nghiêng', 'quốc', 'giữa']) expect(isVietSyllable(w)).toBe(true);
    for (const w of ['chelsea', 'whitfield', 'rotterdam', 'kane', 'zeta']) expect(isVietSyllable(w)).toBe(false);
  });
});

describe('known organisations named without a head word', () => {
  it('labels a bank and a football club', () => {
    expect(outer('Năm nay Vietcombank tăng lãi suất huy động.')).toContain('ORGANIZATION:Vietcombank');
    expect(outer('Tối qua Real Madrid thắng đậm trên sân nhà.')).toContain('ORGANIZATION:Real Madrid');
  });

  it('labels a newspaper only when every word is capitalised', () => {
    // The VLSP convention keeps the lower-case "báo" inside the span.
    expect(outer('Thông tin được báo Tuổi Trẻ đăng tải.')).toContain('ORGANIZATION:báo Tuổi Trẻ');
    expect(outer('Thông tin được Tuổi Trẻ đăng tải.')).toContain('ORGANIZATION:Tuổi Trẻ');
    expect(outer('Tuổi trẻ là thời gian để học hỏi.').some((s) => s.startsWith('ORGANIZATION:'))).toBe(false);
  });
});

describe('organisation names with lower-case words before their place', () => {
  it('takes the whole name up to the place', () => {
    // Mid-sentence: a sentence-initial head is capitalised by grammar and proves less.
    expect(outer('Theo thông báo, Nhà máy sản xuất phân bón Hải Phòng đã dừng hoạt động.')).toContain('ORGANIZATION:Nhà máy sản xuất phân bón Hải Phòng');
  });
});

describe('document memory', () => {
  it('keeps a person read with a cue as a person when later named by the given name alone', () => {
    const got = outer('Ông Trịnh Văn Khải là chủ nhiệm hợp tác xã. Sau nhiều năm, Khải vẫn giữ thói quen dậy sớm.');
    expect(got).toContain('PERSON:Trịnh Văn Khải');
    expect(got).toContain('PERSON:Khải');
  });

  it('keeps a bare company name an organisation once its full name was given', () => {
    const got = outer('Công ty Lumora vừa ra mắt sản phẩm mới. Năm ngoái, Lumora đạt doanh thu kỷ lục.');
    expect(got).toContain('ORGANIZATION:Công ty Lumora');
    expect(got).toContain('ORGANIZATION:Lumora');
    expect(got).not.toContain('PERSON:Lumora');
  });

  it('carries an acronym given in brackets after an organisation', () => {
    const got = outer('Tổng công ty Hàng hải Phương Đông (HHPĐ) cho biết. Sau đó HHPĐ đã gửi văn bản.');
    expect(got.filter((s) => s === 'ORGANIZATION:HHPĐ').length).toBe(2);
  });
});

describe('robustness', () => {
  it('keeps offsets exact and spans of one type apart on a text mixing every rule', () => {
    const text =
      'Ông Trịnh Văn Khải gặp Jonathan Whitfield tại Rotterdam. Khải nói hãng Northwind (NWD) và Vietcombank sẽ hợp tác; NWD cho biết Nga quan tâm.';
    const spans = run(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const type of ['PERSON', 'LOCATION', 'ORGANIZATION', 'TITLE']) {
      const t = spans.filter((s) => s.type === type).sort((a, b) => a.start - b.start);
      for (let k = 1; k < t.length; k++) expect(t[k].start).toBeGreaterThanOrEqual(t[k - 1].end);
    }
  });

  it('handles long runs of capitals and odd punctuation without throwing', () => {
    const text = 'ABC DEF GHI Jkl Mno Pqr Stu Vwx Yz - / . ( ) '.repeat(2000);
    expect(() => run(text)).not.toThrow();
    expect(Array.isArray(run(text))).toBe(true);
  });
});
