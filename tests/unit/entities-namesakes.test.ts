// Names that mean two things: heroes' names that wards and streets also bear, a commune named again after
// its People's Committee, a club whose name opens with a river. The reading a provincial reader expects.
import { names, outerNames, ofType } from './support/readings';

describe("a hero's name that a ward also bears", () => {
  it('is the person when nothing cues a place', () => {
    expect(outerNames('Ngô Quyền đánh tan quân Nam Hán trên sông Bạch Đằng.')).toContain('PERSON:Ngô Quyền');
    expect(outerNames('Lê Lợi dựng cờ khởi nghĩa ở Lam Sơn.')).toContain('PERSON:Lê Lợi');
    expect(outerNames('Ông Hải nói Nguyễn Trãi là tấm gương sáng về lòng yêu nước.')).toContain('PERSON:Nguyễn Trãi');
  });

  it('leaves the first word of the sentence out of the name', () => {
    const got = outerNames('Thơ Nguyễn Du được nhiều thế hệ yêu thích.');
    expect(got).toContain('PERSON:Nguyễn Du');
    expect(got.some((s) => s.includes('Thơ'))).toBe(false);
  });

  it('is the ward after a unit word, a preposition or a house number, and when the article named the ward', () => {
    expect(outerNames('Cử tri phường Trần Phú kiến nghị nâng cấp đường.')).toContain('LOCATION:phường Trần Phú');
    expect(outerNames('Người dân ở Lê Lợi phấn khởi đón tin vui.')).toContain('LOCATION:Lê Lợi');
    expect(outerNames('Khu đất ở 25 Lý Thường Kiệt đã được thu hồi.')).toContain('LOCATION:Lý Thường Kiệt');
    const got = outerNames('Cử tri phường Ngô Quyền kiến nghị nâng cấp đường. Ngô Quyền hiện có 12 tổ dân phố.');
    expect(ofType('PERSON', got)).toEqual([]);
    expect(got).toContain('LOCATION:Ngô Quyền');
  });
});

describe('a commune named again after its People’s Committee', () => {
  it('is the commune, not an organisation', () => {
    const got = names('UBND xã Hà Trung tổ chức hội nghị. Hà Trung hiện có 20 thôn.');
    expect(got).toContain('ORGANIZATION:UBND xã Hà Trung');
    expect(got.filter((s) => s.endsWith(':Hà Trung'))).toEqual(['LOCATION:Hà Trung']);
  });

  it('still follows a club named after its head word ("CLB Chelsea" … "Chelsea")', () => {
    expect(names('CLB Chelsea thua trận thứ ba liên tiếp. Chelsea đang đứng thứ 12.')).toContain('ORGANIZATION:Chelsea');
  });
});

describe('a listed club whose name opens with a place word', () => {
  it('is the club wherever it stands, and the river stays a river', () => {
    expect(outerNames('Sông Lam Nghệ An thua 0-2 trên sân nhà.')).toEqual(['ORGANIZATION:Sông Lam Nghệ An']);
    expect(outerNames('HLV Phan Như Thuật của Sông Lam Nghệ An hài lòng với lối chơi.')).toContain('ORGANIZATION:Sông Lam Nghệ An');
    expect(outerNames('Nước sông Lam dâng cao sau mưa lớn.')).toEqual(['LOCATION:sông Lam']);
  });
});

describe('a ward or commune spelled in a minority language', () => {
  it('is the place, not a foreign person', () => {
    expect(outerNames('Pleiku mưa lớn suốt đêm qua.')).toEqual(['LOCATION:Pleiku']);
    expect(outerNames('Huấn luyện viên Kiatisak nói đội đã cố gắng.')).toEqual(['PERSON:Kiatisak']);
  });
});

describe('a listed club after its head word, and a speaker sharing a commune name', () => {
  it('reads "CLB Hoàng Anh Gia Lai" as one club', () => {
    expect(outerNames('Sáng 5/1, CLB Hoàng Anh Gia Lai ra mắt tiền đạo mới.')).toEqual(['ORGANIZATION:CLB Hoàng Anh Gia Lai']);
  });

  it('reads a name that speaks as a person', () => {
    expect(outerNames('Tại buổi họp báo chiều 1/10, Thu Cúc cho biết cô muốn làm một album mới.')).toContain('PERSON:Thu Cúc');
  });
});

describe('a place whose name opens with an organisation head word', () => {
  it('reads "Hội An" as the town, and "Hội Nông dân" still as the association', () => {
    expect(outerNames('Hội An giới hạn số thuyền thả đèn hoa đăng.')).toEqual(['LOCATION:Hội An']);
    expect(outerNames('Sau khi sắp xếp đơn vị hành chính, Hội An thuộc TP Đà Nẵng.')).toContain('LOCATION:Hội An');
    expect(outerNames('Hội Nông dân tỉnh tổ chức hội nghị.')).toEqual(['ORGANIZATION:Hội Nông dân tỉnh']);
  });
});

describe('a school named after a person, without its level', () => {
  it('reads "Trường Lê Quý Đôn" as the school, and "Trường" alone as a person', () => {
    expect(outerNames('Học sinh Trường Lê Quý Đôn đạt giải nhất.')).toEqual(['ORGANIZATION:Trường Lê Quý Đôn']);
    expect(outerNames('Trường Lê Quý Đôn khai giảng năm học mới.')).toEqual(['ORGANIZATION:Trường Lê Quý Đôn']);
    expect(outerNames('Anh Trường cho biết sẽ về quê.')).toEqual(['PERSON:Trường']);
    expect(outerNames('Quần đảo Trường Sa thuộc tỉnh Khánh Hòa.')).toContain('LOCATION:Quần đảo Trường Sa');
  });
});
