// Round 4 of the recognizer, on invented sentences: titles attached to a committee, village or police unit,
// ethnic groups in a list, landmarks and facilities as places, given names that are also body heads, event
// nouns that start like an organisation, and common compounds ending in a unit word.
import { readings as all } from './support/readings';

describe('titles at full extent with the body or place they belong to', () => {
  it('keeps a district party committee\'s place inside the title, and the person after it apart', () => {
    const got = all('Bí thư Huyện ủy Mường Khương Lò Văn Sáu đã đến thăm bà con vùng lũ.');
    expect(got).toContain('TITLE:Bí thư Huyện ủy Mường Khương');
    expect(got).toContain('ORGANIZATION:Huyện ủy Mường Khương');
    expect(got).toContain('PERSON:Lò Văn Sáu');
    expect(got.some((s) => s.startsWith('PERSON:Mường'))).toBe(false);
  });

  it('reads the village after "Trưởng bản" as the village, not a person', () => {
    const got = all('Trưởng bản Nậm Chăn cho biết cả bản đã có điện lưới quốc gia.');
    expect(got).toContain('TITLE:Trưởng bản Nậm Chăn');
    expect(got).toContain('LOCATION:Nậm Chăn');
    expect(got.some((s) => s.startsWith('PERSON:'))).toBe(false);
    const both = all('Trưởng bản Huổi Lèng Lò Văn Pó cho biết.');
    expect(both).toContain('TITLE:Trưởng bản Huổi Lèng');
    expect(both).toContain('PERSON:Lò Văn Pó');
  });

  it('takes a police department named after a head word and its parent body', () => {
    const got = all('Trưởng phòng Cảnh sát giao thông Công an tỉnh cho biết số vụ tai nạn giảm.');
    expect(got).toContain('TITLE:Trưởng phòng Cảnh sát giao thông Công an tỉnh');
    expect(got).toContain('ORGANIZATION:Công an tỉnh');
  });
});

describe('false persons', () => {
  it('does not read a later ethnic group of a list as a person', () => {
    const got = all('Xã có đồng bào các dân tộc Mông, Thái, Khơ Mú cùng sinh sống.');
    expect(got.some((s) => s.startsWith('PERSON:'))).toBe(false);
  });

  it('keeps a given name that is also a body head ("Khoa") in the name', () => {
    expect(all('Theo anh Nguyễn Đình Khoa, mô hình đã cho lãi.')).toContain('PERSON:Nguyễn Đình Khoa');
    expect(all('Ông Nguyễn Đình Khoa, Trưởng phòng Kinh tế, cho biết.')).toContain('PERSON:Nguyễn Đình Khoa');
  });

  it('reads a landmark as a place', () => {
    const got = all('Du khách tham quan Đại Nội và chùa Thiên Mụ.');
    expect(got).toContain('LOCATION:Đại Nội');
    expect(got.some((s) => s.startsWith('PERSON:'))).toBe(false);
  });
});

describe('organisations and facilities', () => {
  it('does not tag "Hội" out of "Hội chợ"', () => {
    const got = all('Hội Nông dân tỉnh Cà Mau tổ chức Hội chợ nông sản cuối năm.');
    expect(got).toContain('ORGANIZATION:Hội Nông dân tỉnh Cà Mau');
    expect(got).not.toContain('ORGANIZATION:Hội');
  });

  it('labels a relic site, an airport and a port with their whole name', () => {
    const got = all('Đoàn tham quan Khu di tích lịch sử Kim Liên, rồi ra Cảng hàng không quốc tế Phú Bài và sân bay quốc tế Cam Ranh.');
    expect(got).toContain('LOCATION:Khu di tích lịch sử Kim Liên');
    expect(got).toContain('LOCATION:Cảng hàng không quốc tế Phú Bài');
    expect(got).toContain('LOCATION:sân bay quốc tế Cam Ranh');
  });
});

describe('common compounds ending in a unit word', () => {
  it('reads "quãng đường 4-6 km" and "chăm sóc 150 ha" as no place', () => {
    const got = all('Người dân đi quãng đường 4-6 km mỗi ngày; xã đã chăm sóc 150 ha rừng và làm con đường 3 km.');
    expect(got.some((s) => s.startsWith('LOCATION:'))).toBe(false);
    // A numbered street is still a place.
    expect(all('Cửa hàng nằm trên đường 3 tháng 2 của thành phố.').some((s) => s.startsWith('LOCATION:đường 3'))).toBe(true);
  });
});
