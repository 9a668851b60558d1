// Unit and scope words hidden inside common words: "yêu cầu", "điểm cầu" and "khai thác" hold no bridge or
// waterfall, and the "tư" of "Đầu tư" is not "TƯ" (Trung ương). Each once read a place or cut a company's name.
import { outerNames, ofType } from './support/readings';

describe('a bridge or waterfall word inside a common word', () => {
  it('leaves the place after "yêu cầu", "nhu cầu" and "điểm cầu" as just the place', () => {
    expect(outerNames('Thủ tướng yêu cầu Hà Nội khẩn trương hoàn thành dự án.')).toEqual(['LOCATION:Hà Nội']);
    expect(outerNames('Nhu cầu Trung Quốc tăng mạnh trong quý III.')).toEqual(['LOCATION:Trung Quốc']);
    expect(outerNames('Hội nghị được kết nối trực tuyến đến điểm cầu Thanh Hóa.')).toEqual(['LOCATION:Thanh Hóa']);
  });

  it('still reads a real bridge or waterfall', () => {
    expect(outerNames('Xe đi qua cầu Rồng lúc nửa đêm.')).toEqual(['LOCATION:cầu Rồng']);
    expect(outerNames('Du khách đến thác Bản Giốc rất đông.')).toEqual(['LOCATION:thác Bản Giốc']);
  });

  it('reads nothing in "khai thác IUU" (a term, not a waterfall or a body)', () => {
    expect(ofType('LOCATION', outerNames('Đoàn kiểm tra công tác chống khai thác IUU tại cảng cá Đông Tác.'))).toEqual([
      'LOCATION:cảng cá Đông Tác',
    ]);
    expect(ofType('ORGANIZATION', outerNames('Đoàn kiểm tra công tác chống khai thác IUU tại cảng cá Đông Tác.'))).toEqual([]);
  });
});

describe('a company whose trade names are joined by "và"', () => {
  it('keeps "Đầu tư và Xây dựng" and the name after it in one company', () => {
    expect(outerNames('Đơn vị thi công là Công ty CP Đầu tư và Xây dựng Hoàng Long.')).toEqual([
      'ORGANIZATION:Công ty CP Đầu tư và Xây dựng Hoàng Long',
    ]);
  });

  it('still reads the capitalised TƯ as the central level', () => {
    expect(outerNames('Ban Chỉ đạo TƯ về phòng, chống tham nhũng họp phiên thường kỳ.')).toContain('ORGANIZATION:Ban Chỉ đạo TƯ');
  });
});

describe('descriptive names and regions', () => {
  it('keeps a state builder named by its trade, with its number, and stops before the verb', () => {
    expect(outerNames('Công trình do Tổng công ty Xây dựng công trình giao thông 8 thi công.')).toEqual([
      'ORGANIZATION:Tổng công ty Xây dựng công trình giao thông 8',
    ]);
  });

  it('keeps "Nhi đồng" inside a hospital name', () => {
    expect(outerNames('Tại Bệnh viện Nhi đồng Thành phố Cần Thơ, khoa Nhiễm quá tải.')).toEqual([
      'ORGANIZATION:Bệnh viện Nhi đồng Thành phố Cần Thơ',
    ]);
  });

  it('reads a region after "các tỉnh" as the region, and no village in "biên bản"', () => {
    expect(outerNames('Phần lớn bệnh nhi đến từ các tỉnh Bắc Trung Bộ và Tây Nguyên.')).toEqual([
      'LOCATION:Bắc Trung Bộ',
      'LOCATION:Tây Nguyên',
    ]);
    expect(outerNames('Ông về thăm tỉnh Thanh Hóa.')).toEqual(['LOCATION:tỉnh Thanh Hóa']);
    expect(ofType('LOCATION', outerNames('Tổ công tác đã lập biên bản 1.186 trường hợp vi phạm.'))).toEqual([]);
  });
});

describe('world news', () => {
  it('keeps a foreign double-barrelled name whole, and never joins a Vietnamese name to the next word', () => {
    expect(outerNames('Tổng Giám đốc WHO Amara Okonkwo-Bello thừa nhận khó khăn.')).toContain('PERSON:Amara Okonkwo-Bello');
    expect(outerNames('Bà Okonkwo-Bello cho biết tổ chức thiếu kinh phí.')).toEqual(['PERSON:Okonkwo-Bello']);
    const got = outerNames('Đoàn của ông Nguyễn Văn An-Hà Nội đã tới.');
    expect(got).toContain('PERSON:Nguyễn Văn An');
    expect(got).toContain('LOCATION:Hà Nội');
  });

  it('reads no person in "Nội các" (the Cabinet)', () => {
    expect(outerNames('Chánh văn phòng Nội các Takashi Mori cho biết chính phủ sẽ hỗ trợ.')).toEqual(['PERSON:Takashi Mori']);
  });
});

describe('history and culture pages', () => {
  it('reads honours, pen names and generals the way a reader means them', () => {
    expect(outerNames('Ông được phong tặng danh hiệu Nghệ nhân Ưu tú.').some((s) => s.startsWith('PERSON:'))).toBe(false);
    expect(outerNames('Bút danh Nam Cao được ông ghép từ tên tổng và huyện.')).toEqual(['PERSON:Nam Cao']);
    expect(outerNames('Đình thờ tướng quân Đoàn Thượng, vị tướng cuối thời Lý.')).toContain('PERSON:Đoàn Thượng');
  });

  it('reads the province in "vùng núi Thanh Hóa", and a mountain after "núi"', () => {
    expect(outerNames('Đá được chở bằng thuyền từ vùng núi Thanh Hóa về.')).toEqual(['LOCATION:Thanh Hóa']);
    expect(outerNames('Du khách leo núi Bà Đen từ sáng sớm.')).toEqual(['LOCATION:núi Bà Đen']);
  });
});

describe('numbers after names', () => {
  it('keeps a school numbered after its commune, but not a count after a name', () => {
    expect(outerNames('Điểm trường thuộc Trường PTDTBT Tiểu học Mường Lống 1, xã Mường Lống.')).toContain(
      'ORGANIZATION:Trường PTDTBT Tiểu học Mường Lống 1',
    );
    expect(outerNames('Trường Tiểu học Kim Đồng 2 năm liền đạt chuẩn.')).toEqual(['ORGANIZATION:Trường Tiểu học Kim Đồng']);
  });

  it('reads "Năm 1980" at a sentence start as the year, even when a man called Năm was met before', () => {
    expect(outerNames('Ông Năm kể lại chuyện cũ. Năm 1980, ông sang Mỹ.')).toEqual(['PERSON:Năm', 'LOCATION:Mỹ']);
  });
});

describe('science and world pages', () => {
  it('keeps European name particles inside the name', () => {
    expect(outerNames('Giáo sư Marieke van Leeuwen của Đại học Utrecht cho biết.')).toContain('PERSON:Marieke van Leeuwen');
    expect(outerNames('Bà Ursula von der Leyen phát biểu tại hội nghị.')).toEqual(['PERSON:Ursula von der Leyen']);
  });

  it('reads a research or hospital unit as a body, and a full Vietnamese name right after a country as a person', () => {
    expect(outerNames('Công trình do Đơn vị Nghiên cứu lâm sàng Đại học Oxford thực hiện.')).toContain('ORGANIZATION:Đơn vị Nghiên cứu lâm sàng');
    expect(outerNames('Các bác sĩ Đơn vị Đột quỵ đã dùng thuốc tiêu sợi huyết.')).toEqual(['ORGANIZATION:Đơn vị Đột quỵ']);
    expect(outerNames('Em nhận học bổng tại Australia Hồ Thị Ngọc Ánh cho biết rất bất ngờ.')).toContain('PERSON:Hồ Thị Ngọc Ánh');
    expect(outerNames('Anh rời TP.HCM lên vùng đồi Lâm Đồng.')).toContain('LOCATION:Lâm Đồng');
  });
});

describe('capitalised landscape words and clan names', () => {
  it('reads a river or mountain written with a capital as a place, not a person', () => {
    expect(outerNames('Du khách đi thuyền trên Sông Hồng.')).toEqual(['LOCATION:Sông Hồng']);
    expect(outerNames('Hôm qua Núi Bà Đen đón 20.000 khách.')).toEqual(['LOCATION:Núi Bà Đen']);
    expect(outerNames('Ông Hồ Văn Nam kể lại chuyện làng.')).toEqual(['PERSON:Hồ Văn Nam']);
  });

  it('reads no person in a clan name, even at a sentence start', () => {
    expect(ofType('PERSON', outerNames('Dòng họ Nguyễn ở làng Tiên Điền nổi tiếng.'))).toEqual([]);
  });
});
