// Round D of the recognizer, on invented sentences: monarchs' temple names, historic states and units, schools
// and museums named by their commune or province, lower-case diplomatic missions, royal titles before a name.
import { names, outerNames, ofType } from './support/readings';

describe('history: monarchs, dynasties, historic states and units', () => {
  it('reads a temple name ("… Thánh Tông") as one person, not its last syllable', () => {
    const got = outerNames('Mùa xuân năm 1471, Lê Thánh Tông dẫn quân vượt đèo Hải Vân.');
    expect(got).toContain('PERSON:Lê Thánh Tông');
    expect(got).not.toContain('PERSON:Tông');
    expect(outerNames('Sử cũ chép rằng Lý Thái Tổ dời đô ra thành Đại La.')).toContain('PERSON:Lý Thái Tổ');
  });

  it('reads historic kingdoms as places, not persons', () => {
    const got = names('Các thương thuyền Chân Lạp và Chiêm Thành từng cập bến cảng này.');
    expect(got).toContain('LOCATION:Chân Lạp');
    expect(got).toContain('LOCATION:Chiêm Thành');
    expect(ofType('PERSON', got)).toEqual([]);
  });

  it('reads the army of a Chinese dynasty as no person', () => {
    expect(ofType('PERSON', names('Trận thủy chiến năm ấy khiến quân Nam Hán tan vỡ.'))).toEqual([]);
  });

  it('reads pre-1945 units (phủ, tổng) with their name as places, and not "chính phủ"', () => {
    expect(outerNames('Năm 1890, ông được cử làm tri phủ ở phủ Thừa Thiên.')).toContain('LOCATION:phủ Thừa Thiên');
    expect(outerNames('Quê ngoại bà thuộc tổng Cao Đà, nay là một xã đồng chiêm.')).toContain('LOCATION:tổng Cao Đà');
    expect(ofType('LOCATION', names('Báo cáo của chính phủ Hàn Quốc nêu rõ điều đó.'))).toEqual(['LOCATION:Hàn Quốc']);
  });
});

describe('organisations named by their place', () => {
  it('keeps a school named by its commune, unit word included, as one organisation', () => {
    const got = outerNames('Thầy cô Trường Tiểu học xã Quảng Hợp vừa nhận 200 bộ sách giáo khoa.');
    expect(got).toContain('ORGANIZATION:Trường Tiểu học xã Quảng Hợp');
    expect(got).not.toContain('LOCATION:xã Quảng Hợp');
  });

  it('keeps a provincial museum with its province', () => {
    expect(outerNames('Bộ sưu tập gốm được trao cho Bảo tàng tỉnh Quảng Ngãi lưu giữ.')).toContain('ORGANIZATION:Bảo tàng tỉnh Quảng Ngãi');
  });

  it('reads a lower-case embassy or consulate with its country (and seat) as an organisation', () => {
    const got = outerNames('Nhiều người xếp hàng trước đại sứ quán Đức từ sáng sớm.');
    expect(got).toContain('ORGANIZATION:đại sứ quán Đức');
    expect(outerNames('Hồ sơ được gửi tới tổng lãnh sự quán Hàn Quốc tại Busan.')).toContain('ORGANIZATION:tổng lãnh sự quán Hàn Quốc tại Busan');
    expect(ofType('ORGANIZATION', names('Phía đại sứ quán chưa trả lời.'))).toEqual([]);
  });
});

describe('royal titles', () => {
  it('reads the name after "Thái tử", "Hoàng tử", "Công chúa" as a person', () => {
    const got = names('Thái tử Frederik và Công chúa Mary dự buổi hòa nhạc.');
    expect(got).toContain('PERSON:Frederik');
    expect(got).toContain('PERSON:Mary');
    expect(ofType('LOCATION', got)).toEqual([]);
    expect(names('Chiều qua, Hoàng tử Abdullah bin Hamad tiếp đoàn doanh nghiệp.')).toContain('PERSON:Abdullah bin Hamad');
  });
});

describe('world news', () => {
  it('ends a listed party name where the list does, before a verb or its candidate', () => {
    const got = outerNames('Tại bang Ohio, Đảng Cộng hòa giành thêm hai ghế, còn ứng viên Đảng Dân chủ Laura Whitfield thất bại.');
    expect(got).toContain('ORGANIZATION:Đảng Cộng hòa');
    expect(got).toContain('ORGANIZATION:Đảng Dân chủ');
    expect(got).toContain('PERSON:Laura Whitfield');
    expect(outerNames('Cử tri Nhật Bản dồn phiếu cho Đảng Dân chủ Tự do.')).toContain('ORGANIZATION:Đảng Dân chủ Tự do');
    expect(outerNames('Thủ lĩnh Đảng Lao động Anh đã từ chức.')).toContain('ORGANIZATION:Đảng Lao động Anh');
  });

  it('reads no storm name as a person', () => {
    const got = names('Hoàn lưu bão Kalmaegi gây mưa to, trong khi siêu bão Fengshen tiến vào Biển Đông.');
    expect(ofType('PERSON', got)).toEqual([]);
  });

  it('reads "kênh" + a broadcaster acronym as the broadcaster, not a canal', () => {
    const got = outerNames('Theo kênh BBC, cuộc đàm phán kéo dài đến khuya.');
    expect(got).toContain('ORGANIZATION:BBC');
    expect(ofType('LOCATION', got)).toEqual([]);
  });

  it('ends a foreign province at its known name, leaving the official after it a person', () => {
    const got = names('Thống đốc tỉnh Chiang Mai Anan Wongsuwan kêu gọi người dân sơ tán.');
    expect(got).toContain('LOCATION:tỉnh Chiang Mai');
    expect(got).toContain('PERSON:Anan Wongsuwan');
  });
});

describe('names and brands', () => {
  it('reads a Korean name with a hyphenated given name whole', () => {
    expect(names('Trọng tài Lee Dong-wook rút thẻ đỏ ở phút 80.')).toContain('PERSON:Lee Dong-wook');
    const got = names('Sau trận, Choi Yeon-hee cảm ơn khán giả Hà Nội.');
    expect(got).toContain('PERSON:Choi Yeon-hee');
    expect(got).toContain('LOCATION:Hà Nội');
  });

  it('keeps a known bank\'s named branch in its span', () => {
    expect(outerNames('Khoản vay được giải ngân qua Agribank chi nhánh Phú Thọ trong tháng 3.')).toContain('ORGANIZATION:Agribank chi nhánh Phú Thọ');
  });

  it('reads a brand after the classifier "chiếc" as a product, not a person', () => {
    const got = names('Ông giữ chiếc Rolex của cha và chiếc Zenith mua ở Thụy Sĩ.');
    expect(ofType('PERSON', got)).toEqual([]);
    expect(got).toContain('LOCATION:Thụy Sĩ');
  });
});

describe('associations abroad', () => {
  it('reads "Hội người Việt Nam tại <country>" as one organisation, not the person "Hội"', () => {
    const got = outerNames('Buổi lễ do Hội người Việt Nam tại Ba Lan đứng ra tổ chức.');
    expect(got).toContain('ORGANIZATION:Hội người Việt Nam tại Ba Lan');
    expect(ofType('PERSON', got)).toEqual([]);
  });
});
