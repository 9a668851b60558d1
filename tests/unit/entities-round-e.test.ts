// Round E of the recognizer, on invented sentences: clubs named by their province in a sports sentence,
// numbered alleys with their street, seats of power that act, bodies of a territory or foreign city.
import { names, outerNames, ofType } from './support/readings';

describe('sports clubs named by their province or city', () => {
  it('reads both sides of a score as clubs, not places', () => {
    const got = outerNames('Chiều qua, Thanh Hóa thắng Bình Định 3-1 ngay trên sân nhà.');
    expect(got).toContain('ORGANIZATION:Thanh Hóa');
    expect(got).toContain('ORGANIZATION:Bình Định');
    expect(ofType('LOCATION', got)).toEqual([]);
  });

  it('reads the club a player belongs to, and the opponent after a match verb', () => {
    const got = outerNames('Tiền vệ 21 tuổi Lê Văn Tâm của Quảng Ninh ghi bàn duy nhất ở vòng 7 V-League.');
    expect(got).toContain('ORGANIZATION:Quảng Ninh');
    expect(outerNames('Ở vòng đấu tới, Hải Phòng sẽ gặp Đà Nẵng trên sân khách.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Hải Phòng', 'ORGANIZATION:Đà Nẵng']),
    );
    expect(outerNames('Đội Khánh Hòa đánh bại Cần Thơ sau loạt sút luân lưu.')).toContain('ORGANIZATION:Cần Thơ');
  });

  it('reads a province listed after a club as a club too', () => {
    const got = outerNames('Trận đấu giữa đội Becamex và Bình Phước kết thúc với tỉ số 0-0.');
    expect(got).toContain('ORGANIZATION:Bình Phước');
    expect(ofType('LOCATION', got)).toEqual([]);
  });

  it('keeps the province a place without sports evidence, and a country a place in a match', () => {
    expect(outerNames('Thanh Hóa thắng lớn trong thu hút vốn đầu tư năm nay.')).toContain('LOCATION:Thanh Hóa');
    expect(outerNames('Sân vận động mới của Hải Phòng có 20.000 chỗ ngồi.')).toContain('LOCATION:Hải Phòng');
    const match = outerNames('Việt Nam thắng Malaysia 2-0 ở bảng B.');
    expect(match).toContain('LOCATION:Việt Nam');
    expect(match).toContain('LOCATION:Malaysia');
  });
});

describe('numbered alleys and house numbers', () => {
  it('reads an alley, its number and its street as one place, not a person', () => {
    const got = outerNames('Quán cơm nằm sâu trong hẻm 27 Nguyễn Đình Chiểu, phường Bàn Cờ.');
    expect(got).toContain('LOCATION:hẻm 27 Nguyễn Đình Chiểu');
    expect(ofType('PERSON', got)).toEqual([]);
  });

  it('keeps the street word and a sub-alley number inside the place', () => {
    expect(outerNames('Nhà bà Lành ở kiệt 9 đường Phan Chu Trinh từ năm 1980.')).toContain('LOCATION:kiệt 9 đường Phan Chu Trinh');
    expect(outerNames('Cửa hàng dời về ngõ 15/2 phố Tây Sơn.')).toContain('LOCATION:ngõ 15/2 phố Tây Sơn');
  });

  it('reads a street named by a date as one name', () => {
    expect(outerNames('Chợ đêm họp dọc đường 30 Tháng 4 mỗi tối.')).toContain('LOCATION:đường 30 Tháng 4');
  });

  it('reads a street named after a person in an address as a place, but keeps a player after a shirt number', () => {
    const got = outerNames('Tiệm may nằm ở số 41 Trần Quang Khải, gần chợ.');
    expect(got).toContain('LOCATION:Trần Quang Khải');
    expect(ofType('PERSON', got)).toEqual([]);
    expect(outerNames('Cậu bé mặc áo số 7 Nguyễn Văn Toàn đi cổ vũ.')).toContain('PERSON:Nguyễn Văn Toàn');
  });

  it('leaves a house number outside the street, as the corpus writes it', () => {
    const got = outerNames('Trụ sở công ty đặt tại số 12 phố Lý Thường Kiệt.');
    expect(got).toContain('LOCATION:phố Lý Thường Kiệt');
    expect(got).not.toContain('LOCATION:số 12 phố Lý Thường Kiệt');
  });
});

describe('seats of power and bodies of a territory', () => {
  it('reads a seat of power that speaks as an organisation, not a person', () => {
    const got = names('Điện Élysée hôm 4/6 ra thông cáo về cuộc gặp.');
    expect(got).toContain('ORGANIZATION:Điện Élysée');
    expect(ofType('PERSON', got)).toEqual([]);
    expect(outerNames('Nhà Trắng bác bỏ tin đồn về chuyến công du.')).toContain('ORGANIZATION:Nhà Trắng');
  });

  it('reads the building as a place when it is visited or the scene', () => {
    expect(outerNames('Đoàn học sinh tham quan Nhà Trắng vào sáng thứ Bảy.')).toContain('LOCATION:Nhà Trắng');
    expect(outerNames('Lễ đón diễn ra tại Điện Kremlin chiều qua.')).toContain('LOCATION:Điện Kremlin');
  });

  it('keeps a ministry of a territory, or a body of a foreign city, as one organisation', () => {
    const got = outerNames('Bộ Y tế Gaza nói thêm 12 người bị thương.');
    expect(got).toContain('ORGANIZATION:Bộ Y tế Gaza');
    expect(got).not.toContain('ORGANIZATION:Bộ Y tế');
    expect(outerNames('Sở Cảnh sát New York đã mở điều tra.')).toContain('ORGANIZATION:Sở Cảnh sát New York');
  });
});
