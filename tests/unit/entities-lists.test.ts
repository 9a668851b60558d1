// The hand-compiled lists (data-sources/compiled/*.json → src/data/lexicon.json) on invented sentences: general
// place head words, organisation heads and abbreviations, well-known organisations and foreign places, and
// capitalised things that are no entity (apps, products, diseases named after people, school subjects, holidays).
// Every sentence is written for this file; none is taken from the project corpus.
import lexicon from '../../src/data/lexicon.json';
import { names } from './support/readings';

/** PER/LOC/ORG spans as "TYPE:text" (titles and figures left out, as the corpus scores them). */
const ents = (text: string) => names(text, '2025-11-20');

describe('place head words take the name after them into one place', () => {
  it('temples, tombs, towers and churches', () => {
    const got = ents('Sáng mai đoàn dâng hương tại đền Ngọc Sơn rồi thăm lăng Minh Mạng.');
    expect(got).toContain('LOCATION:đền Ngọc Sơn');
    expect(got).toContain('LOCATION:lăng Minh Mạng');
    const more = ents('Anh chụp ảnh nhà thờ Lớn rồi đi bộ ra tháp Rùa.');
    expect(more).toContain('LOCATION:nhà thờ Lớn');
    expect(more).toContain('LOCATION:tháp Rùa');
  });

  it('caves, hills, islands and archipelagos', () => {
    const got = ents('Nhóm thám hiểm vào hang Én rồi leo đồi Mộng Mơ.');
    expect(got).toContain('LOCATION:hang Én');
    expect(got).toContain('LOCATION:đồi Mộng Mơ');
    const sea = ents('Tàu cập đảo Cô Tô trước khi ra quần đảo Trường Sa.');
    expect(sea).toContain('LOCATION:đảo Cô Tô');
    expect(sea).toContain('LOCATION:quần đảo Trường Sa');
  });

  it('floating markets, river islets, stations, capes and foreign states', () => {
    const got = ents('Chị bán hàng ở chợ nổi Ngã Bảy, cạnh cù lao Tân Phong.');
    expect(got).toContain('LOCATION:chợ nổi Ngã Bảy');
    expect(got).toContain('LOCATION:cù lao Tân Phong');
    const rail = ents('Chuyến tàu dừng ở ga Vinh và ga Đồng Hới.');
    expect(rail).toEqual(['LOCATION:ga Vinh', 'LOCATION:ga Đồng Hới']);
    const far = ents('Cô sống ở bang Texas, còn anh ở mũi Cà Mau.');
    expect(far).toContain('LOCATION:bang Texas');
    expect(far).toContain('LOCATION:mũi Cà Mau');
  });

  it('a delta and a karst plateau whose name follows a lower-case word', () => {
    const got = ents('Mưa lớn ở đồng bằng sông Hồng và cao nguyên đá Quản Bạ.');
    expect(got).toContain('LOCATION:đồng bằng sông Hồng');
    expect(got).toContain('LOCATION:cao nguyên đá Quản Bạ');
  });

  it('stake fields, craft villages and high-tech parks', () => {
    const got = ents('Đoàn khảo cổ khai quật bãi cọc Cửa Lục rồi thăm làng gốm Phù Lãng.');
    expect(got).toContain('LOCATION:bãi cọc Cửa Lục');
    expect(got).toContain('LOCATION:làng gốm Phù Lãng');
    expect(ents('Nhà máy chip mới đặt ở Khu Công nghệ cao Hòa Lạc.')).toEqual(['LOCATION:Khu Công nghệ cao Hòa Lạc']);
  });

  it('leaves "Đình" (a common middle name) out of the head words, so such a name stays whole', () => {
    // "đình" (a village hall) would be a fine head word, but as a unit word it cut "Nguyễn Đình Quang" after the
    // surname; the middle name is far more frequent in news than a named village hall.
    expect(ents('Thầy Nguyễn Đình Quang dạy giỏi nhất trường.')).toEqual(['PERSON:Nguyễn Đình Quang']);
    expect(ents('Ông Lê Đình Hưng cho biết đền làng đã được tu bổ.')).toEqual(['PERSON:Lê Đình Hưng']);
  });
});

describe('organisation heads, abbreviations and national or international bodies', () => {
  it('reads "ĐH", "ĐHQG", "BV" and "NXB" as heads of a named body', () => {
    const got = ents('Sinh viên ĐH Bách khoa Đà Nẵng và ĐHQG Hà Nội cùng dự thi.');
    expect(got).toContain('ORGANIZATION:ĐH Bách khoa Đà Nẵng');
    expect(got).toContain('ORGANIZATION:ĐHQG Hà Nội');
    expect(ents('Bệnh nhân được chuyển lên BV Bạch Mai trong đêm.')).toEqual(['ORGANIZATION:BV Bạch Mai']);
    expect(ents('Cuốn truyện do NXB Kim Đồng phát hành.')).toEqual(['ORGANIZATION:NXB Kim Đồng']);
  });

  it('takes a bar association with its city, not a surname-led person', () => {
    const got = ents('Luật sư Hà Văn Tâm (Đoàn Luật sư TP Cần Thơ) nhận lời bào chữa.');
    expect(got).toContain('PERSON:Hà Văn Tâm');
    expect(got).toContain('ORGANIZATION:Đoàn Luật sư TP Cần Thơ');
    expect(got.some((s) => s.startsWith('PERSON:Đoàn'))).toBe(false);
  });

  it('ends an international body at its full name, before the verb', () => {
    expect(ents('Tổ chức Y tế Thế giới cảnh báo dịch sốt xuất huyết.')).toEqual(['ORGANIZATION:Tổ chức Y tế Thế giới']);
    expect(ents('Cục Dự trữ Liên bang Mỹ giữ nguyên lãi suất.')).toEqual(['ORGANIZATION:Cục Dự trữ Liên bang Mỹ']);
    const un = ents('Quỹ Nhi đồng Liên Hợp Quốc tài trợ sách cho trẻ em vùng cao.');
    expect(un).toContain('ORGANIZATION:Quỹ Nhi đồng Liên Hợp Quốc');
    expect(un).not.toContain('ORGANIZATION:Liên Hợp Quốc');
  });

  it('knows well-known companies and airlines named without a head word', () => {
    expect(ents('Foxconn mở thêm nhà máy ở Bắc Giang.')).toEqual(['ORGANIZATION:Foxconn', 'LOCATION:Bắc Giang']);
    expect(ents('Honda Việt Nam giảm giá xe tay ga.')).toEqual(['ORGANIZATION:Honda Việt Nam']);
    expect(ents('Hãng Qantas mở đường bay mới tới châu Á.')).toContain('ORGANIZATION:Qantas');
  });
});

describe('foreign legislatures, armed groups, abbreviations and brands', () => {
  it('reads a foreign legislature with its country as one body', () => {
    expect(ents('Thượng viện Mỹ và Quốc hội Pháp cùng họp trong tuần.')).toEqual(['ORGANIZATION:Thượng viện Mỹ', 'ORGANIZATION:Quốc hội Pháp']);
  });

  it('reads a named armed group, the UN abbreviation and an association acronym', () => {
    expect(ents('Lực lượng Hỗ trợ Nhanh rút khỏi thành phố.')).toEqual(['ORGANIZATION:Lực lượng Hỗ trợ Nhanh']);
    expect(ents('Đại sứ Pháp tại LHQ phát biểu.')).toContain('ORGANIZATION:LHQ');
    expect(ents('Hiệp hội Rau quả Việt Nam (Vinafruit) dự báo xuất khẩu tăng.')).toContain('ORGANIZATION:Vinafruit');
  });

  it('reads phone makers named alone as companies', () => {
    expect(ents('Điện thoại Honor và Realme giảm giá.')).toEqual(['ORGANIZATION:Honor', 'ORGANIZATION:Realme']);
  });
});

describe('foreign places and well-known landmarks', () => {
  it('reads foreign cities in their usual spellings', () => {
    expect(ents('Ông bay từ Hong Kong sang Thẩm Quyến.')).toEqual(['LOCATION:Hong Kong', 'LOCATION:Thẩm Quyến']);
  });

  it('reads a landmark and the old name of the southern city as places', () => {
    expect(ents('Khách du lịch leo Fansipan rồi về Sài Gòn.')).toEqual(['LOCATION:Fansipan', 'LOCATION:Sài Gòn']);
  });
});

describe('capitalised words that are no entity', () => {
  it('apps and AI assistants used as products', () => {
    expect(ents('Người dân cài VNeID và dùng ChatGPT để tra cứu.')).toEqual([]);
  });

  it('diseases named after people, school subjects, holidays, court and vehicle abbreviations', () => {
    expect(ents('Bệnh Alzheimer và Parkinson ngày càng phổ biến.')).toEqual([]);
    expect(ents('Cô dạy Toán và Ngữ văn ở trường làng.')).toEqual([]);
    expect(ents('Dịp Tết Nguyên đán và Giỗ Tổ Hùng Vương, du khách đông.')).toEqual([]);
    expect(ents('HĐXX tuyên bị cáo 5 năm tù.')).toEqual([]);
    expect(ents('Mẫu SUV mới giá 700 triệu đồng.')).toEqual([]);
  });

  it('ethnic groups, famous literary works and weekdays', () => {
    expect(ents('Em bé người Hà Nhì và người Xơ Đăng học chung lớp.')).toEqual([]);
    expect(ents('Học sinh đọc Chí Phèo và Lão Hạc trong giờ văn.')).toEqual([]);
    expect(ents('Bảo tàng mở cửa từ thứ Hai đến Chủ nhật.')).toEqual([]);
  });
});

describe('the compiled lists', () => {
  it('carry no head word that is also a common Vietnamese middle name', () => {
    // Unit words are matched case-insensitively inside capitalised runs; a middle name there splits a person.
    const units = Object.values((lexicon as unknown as { locationUnits: Record<string, string[]> }).locationUnits).flat();
    for (const middle of ['đình', 'văn', 'thị', 'hữu', 'công', 'quang']) expect(units).not.toContain(middle);
  });
});
