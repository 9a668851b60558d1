// Rules added after the project's invented provincial set (tests/fixtures/provincial) showed what the
// recognizers got wrong on post-reorganisation provincial news. Each rule is checked on NEW invented
// sentences (not the fixture's), in the gold conventions of tests/fixtures/seed/gold.json.
import { analyze } from '../../src/core/analyze';
import type { Span } from '../../src/core/types';
import { outermost } from '../../src/eval/ner-score';

const PUBLISHED = '2025-10-20';

/** What a reader sees: the outermost spans, as "TYPE:text". */
function seen(text: string): string[] {
  return outermost(analyze(text, { published: PUBLISHED }).entities).map((s) => `${s.type}:${s.text}`);
}
function one(text: string, sub: string): Span {
  const hits = outermost(analyze(text, { published: PUBLISHED }).entities).filter((s) => s.text === sub);
  if (hits.length !== 1) throw new Error(`expected one span "${sub}", got ${JSON.stringify(seen(text))}`);
  return hits[0];
}

describe('line breaks', () => {
  it('never lets a name in a title line run on into the next paragraph', () => {
    const text = 'Khánh thành trường học tại Hòa Vang\n\nChiều 14/10, UBND tỉnh Gia Lai họp bàn.';
    expect(seen(text)).toContain('LOCATION:Hòa Vang');
    expect(seen(text).some((s) => s.includes('\n'))).toBe(false);
  });
});

describe('organisation names stop where the sentence resumes', () => {
  it('does not swallow "giữ chức" and the next post', () => {
    expect(seen('Điều động ông Phan Văn Lực, Phó Giám đốc Sở Xây dựng giữ chức Giám đốc Sở Xây dựng.')).toEqual([
      'PERSON:Phan Văn Lực', 'TITLE:Phó Giám đốc Sở Xây dựng', 'TITLE:Giám đốc Sở Xây dựng',
    ]);
  });
  it('does not swallow a following verb', () => {
    expect(seen('Hôm qua, Sở Tư pháp rà soát các văn bản.')).toEqual(['ORGANIZATION:Sở Tư pháp']);
  });
  it('keeps a branch in the body it belongs to', () => {
    expect(seen('Vốn do Ngân hàng Chính sách xã hội chi nhánh tỉnh Cà Mau giải ngân.')).toContain(
      'ORGANIZATION:Ngân hàng Chính sách xã hội chi nhánh tỉnh Cà Mau',
    );
  });
  it('reads "UBND các xã" as a generic collective, not a body', () => {
    expect(seen('Ông đề nghị UBND các xã, phường rà soát.').filter((s) => s.startsWith('ORGANIZATION'))).toEqual([]);
  });
});

describe('titles attached to bodies', () => {
  it('reads the body name after a title ending in "Ban"/"phòng"', () => {
    expect(seen('Bà Đỗ Thu Trang, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, phát biểu.')).toContain('TITLE:Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh');
    expect(seen('Ông Vi Văn Khải, Trưởng phòng Kinh tế hạ tầng, cho biết.')).toContain('TITLE:Trưởng phòng Kinh tế hạ tầng');
  });
  it('keeps a bare head word that refers back to the body', () => {
    expect(seen('Ông Lò Văn Pâng, Chủ nhiệm Hợp tác xã cho biết giá chè tăng.')).toContain('TITLE:Chủ nhiệm Hợp tác xã');
  });
  it('reads "Đoàn ĐBQH và HĐND" as one office and "tại <country>" as where a post sits', () => {
    expect(seen('Bà Lê Thị Yến, Phó Chánh Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh, dự họp.')).toContain(
      'TITLE:Phó Chánh Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh',
    );
    expect(seen('Tiếp ông Lee Min-ho, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng, và bà Suzuki Aya, Đại sứ Nhật Bản tại Việt Nam.')).toContain(
      'TITLE:Đại sứ Nhật Bản tại Việt Nam',
    );
  });
  it('does not read the "đại biểu" of "Đại hội đại biểu" as a title', () => {
    expect(seen('Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I bế mạc.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Đảng bộ xã Tân Hòa', 'ORDINAL:lần thứ I']),
    );
    expect(seen('Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I bế mạc.').some((s) => s.startsWith('TITLE'))).toBe(false);
  });
});

describe('people and places', () => {
  it('keeps hyphenated Korean given names whole', () => {
    expect(seen('Ông Choi Dong-hyun, Giám đốc nhà máy, cho biết.')).toContain('PERSON:Choi Dong-hyun');
  });
  it('reads "3 tỉnh X, Y và Z" as a count and three bare places', () => {
    expect(seen('Sau hợp nhất 3 tỉnh Bình Định, Gia Lai và Kon Tum, bộ máy được tinh gọn.')).toEqual(
      expect.arrayContaining(['QUANTITY:3 tỉnh', 'LOCATION:Bình Định', 'LOCATION:Gia Lai', 'LOCATION:Kon Tum']),
    );
  });
  it('still reads "ấp 4 xã X" as a place whose number is a name', () => {
    expect(seen('Nông dân ở ấp 4 xã Phú Tân gieo sạ sớm.')).toContain('LOCATION:xã Phú Tân');
  });
  it('reads industrial parks and numbered national roads as places, crop seasons as nothing', () => {
    expect(seen('Nhà máy đặt tại Khu công nghiệp Phú Bài.')).toContain('LOCATION:Khu công nghiệp Phú Bài');
    expect(seen('Sạt lở trên Quốc lộ 14C gây ách tắc.')).toContain('LOCATION:Quốc lộ 14C');
    expect(seen('Nông dân xuống giống vụ Đông Xuân sớm.')).toEqual([]);
  });
});

describe('figures', () => {
  it('keeps "/năm" in a yearly rate', () => {
    expect(one('Tăng trưởng bình quân 9,5%/năm.', '9,5%/năm').value).toBe(9.5);
    expect(one('Mục tiêu tăng 8-9%/năm.', '8-9%/năm')).toMatchObject({ valueMin: 8, valueMax: 9 });
  });
  it('reads an amount after "năm" as money, not a year', () => {
    expect(one('Giá đất trồng cây hằng năm 95.000 đồng/m2.', '95.000 đồng/m2')).toMatchObject({ type: 'MONEY', value: 95000, per: 'm2' });
  });
  it('reads "từ ngày D đến D/M" and "từ nay đến hết tháng M" as one period', () => {
    expect(one('Hội chợ diễn ra từ ngày 5 đến 9/11.', 'từ ngày 5 đến 9/11')).toMatchObject({ type: 'PERIOD', value: '2025-11-05/2025-11-09' });
    expect(one('Từ nay đến hết tháng 12, tỉnh ra quân.', 'Từ nay đến hết tháng 12')).toMatchObject({ type: 'PERIOD', value: '2025-10-20/2025-12-31' });
  });
  it('keeps compound counted nouns whole', () => {
    expect(one('Di dời 320 hộ dân khỏi vùng sạt lở.', '320 hộ dân').unit).toBe('hộ dân');
    expect(one('Có 4/9 chủ đầu tư chậm giải ngân.', '4/9 chủ đầu tư')).toMatchObject({ value: 4, of: 9 });
    expect(one('Thủ tục rút còn 7 ngày làm việc.', '7 ngày làm việc').unit).toBe('ngày làm việc');
    expect(one('Huy động 30 xuồng cứu hộ.', '30 xuồng').value).toBe(30);
  });
});
