// Rules of the second NER round, on invented sentences: capitalised words that are no person/place/
// organisation (products, events, weekdays, nationalities, term acronyms), abbreviated names, countries
// after a person noun, world places, and where an organisation's name starts and stops.
import { recognizeEntities } from '../../src/core/entities';
import { foldText } from '../../src/core/text/normalize';
import type { Span } from '../../src/core/types';

function run(text: string): Span[] {
  return recognizeEntities(text, { folded: foldText(text), published: '2025-11-25' });
}
/** Outermost PERSON/LOCATION/ORGANIZATION spans, as "TYPE:text". */
function named(text: string): string[] {
  const spans = run(text).filter((s) => s.type !== 'TITLE');
  return spans
    .filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start))
    .map((s) => `${s.type}:${s.text}`);
}

describe('capitalised words that are not names', () => {
  it('leaves products, platforms and competitions unlabelled', () => {
    expect(named('Tối nào anh cũng xem Champions League rồi đăng ảnh lên Facebook và Instagram.')).toEqual([]);
    expect(named('Chiếc iPhone 8 Plus của chị bị lỗi màn hình.')).toEqual([]);
  });

  it('does not read term acronyms as organisations', () => {
    expect(named('Chỉ số CPI tăng, còn số ca HIV và ca mắc ADN bất thường giảm; vốn FDI và ODA đều tăng.')).toEqual([]);
  });

  it('leaves weekdays, months and seasons unlabelled', () => {
    expect(named('Cuộc họp dời sang thứ Hai, còn lễ tổng kết vào tháng Mười, trước mùa Đông.')).toEqual([]);
  });

  it('reads a compass word after a verb of motion as a place, and nothing after "phía"', () => {
    expect(named('Năm ấy anh xung phong vào Nam, còn đơn vị cũ đóng ở phía Bắc.')).toEqual(['LOCATION:Nam']);
  });

  it('does not label nationalities, peoples or languages', () => {
    expect(named('Đội bạn có hai cầu thủ người Brazil, còn các cô gái dân tộc Thái hát bằng tiếng Anh.')).toEqual([]);
  });

  it('reads a country after a person noun as a place, not a name', () => {
    expect(named('Các cầu thủ Trung Quốc thi đấu rất nỗ lực.')).toEqual(['LOCATION:Trung Quốc']);
  });

  it('matches names typed with the look-alike Ð (U+00D0)', () => {
    expect(named('Ðây là lần đầu anh đến Ðà Nẵng.')).toEqual(['LOCATION:Ðà Nẵng']);
  });
});

describe('persons', () => {
  it('keeps the dot of an abbreviated name, cued or not', () => {
    expect(named('Chị D. cười hiền rồi đạp xe đi.')).toEqual(['PERSON:D.']);
    expect(named('Mỗi ngày Nh. đều dậy sớm, còn Th. thì đi làm muộn.')).toEqual(['PERSON:Nh.', 'PERSON:Th.']);
  });

  it('keeps a unit abbreviation before a number out of the person reading', () => {
    expect(named('Anh trọ ở Q. 3 gần chợ.').some((s) => s.startsWith('PERSON'))).toBe(false);
  });
});

describe('places', () => {
  it('knows US states and world cities without a cue', () => {
    expect(named('Chị từng sống ở California rồi chuyển sang Glasgow làm việc.')).toEqual(['LOCATION:California', 'LOCATION:Glasgow']);
  });

  it('keeps the noun of a stadium or capital inside the place', () => {
    expect(named('Trận đấu diễn ra trên sân Wembley, cách thủ đô Tripoli rất xa.')).toEqual(['LOCATION:sân Wembley', 'LOCATION:thủ đô Tripoli']);
  });
});

describe('organisations', () => {
  it('includes a lower-case press or party noun before the name', () => {
    expect(named('Bài viết được đăng trên báo Tuổi Trẻ hôm qua.')).toEqual(['ORGANIZATION:báo Tuổi Trẻ']);
  });

  it('ends a proper name before the lower-case words of the sentence', () => {
    expect(named('Công ty Hoàng Minh dựng lều cho bà con.')).toEqual(['ORGANIZATION:Công ty Hoàng Minh']);
    expect(named('Tập đoàn Pepsi tuyển dụng thêm nhân viên.')).toEqual(['ORGANIZATION:Tập đoàn Pepsi']);
  });

  it('keeps a descriptive name with lower-case syllables whole', () => {
    expect(named('Việc này do Trung tâm Kiểm soát bệnh tật thực hiện.')).toEqual(['ORGANIZATION:Trung tâm Kiểm soát bệnh tật']);
  });

  it('knows ministries by their full name', () => {
    expect(named('Bộ Y tế hoàn thiện quy định mới về ghép tạng.')).toEqual(['ORGANIZATION:Bộ Y tế']);
  });

  it('lets a school carry a person-like name after a title', () => {
    expect(named('Hiệu trưởng Trường Tiểu học Lê Văn Tám cho biết năm nay có thêm lớp mới.')).toEqual(['ORGANIZATION:Trường Tiểu học Lê Văn Tám']);
  });
});
