// Wrong readings a reader saw in the overlay (rules round, brief rules-c), each fixed as a category and checked
// on NEW sentences written for this file: organisation names running on after a one-syllable country, a known
// body followed by its spokesman, dynasties and ranks read as people, codes of law read as ministries, "bản"
// inside "xuất bản", listed awards, embassies, long police/board extents, products inside a company's name,
// industrial-park acronyms.
import { ofType, outerNames as outer, readings as all } from './support/readings';

describe('an organisation named after a one-syllable country ends at the country', () => {
  it('does not run on over the verbs after "Quân đội Nga", "Hải quân Mỹ", "Bộ Quốc phòng Nga"', () => {
    expect(outer('Sáng nay Quân đội Nga rút bớt xe tăng khỏi thị trấn.')).toContain('ORGANIZATION:Quân đội Nga');
    expect(ofType('ORGANIZATION', outer('Tuần trước Hải quân Mỹ điều thêm hai tàu khu trục.'))).toEqual(['ORGANIZATION:Hải quân Mỹ']);
    expect(ofType('ORGANIZATION', outer('Hôm qua Bộ Quốc phòng Nga công bố đoạn phim.'))).toEqual(['ORGANIZATION:Bộ Quốc phòng Nga']);
  });

  it('keeps a country syllable that opens a common word inside the name', () => {
    expect(outer('Ông từng là giám đốc Trung tâm Pháp ngữ khu vực.')).not.toContain('ORGANIZATION:Trung tâm Pháp');
    expect(outer('Báo cáo của Viện Hàn lâm Khoa học xã hội Việt Nam được công bố.')).toContain('ORGANIZATION:Viện Hàn lâm Khoa học xã hội Việt Nam');
  });
});

describe('a known organisation followed by a person', () => {
  it('splits the body from its spokesman or leader', () => {
    const got = outer('Phát ngôn viên Điện Kremlin Yuri Markov bác bỏ thông tin trên.');
    expect(got).toContain('ORGANIZATION:Điện Kremlin');
    expect(got).toContain('PERSON:Yuri Markov');
    const ceo = outer('Tổng giám đốc Google Anita Sharma có mặt tại hội nghị.');
    expect(ceo).toContain('ORGANIZATION:Google');
    expect(ceo).toContain('PERSON:Anita Sharma');
  });

  it('keeps an Arabic name particle in the name', () => {
    const got = outer('Đại diện Hamas Omar al-Haddad rời Cairo tối qua.');
    expect(got).toContain('ORGANIZATION:Hamas');
    expect(got).toContain('PERSON:Omar al-Haddad');
  });

  it('reads a province after a company as its branch, not a person', () => {
    expect(ofType('PERSON', all('Huyện ký hợp đồng với Viettel Hà Tĩnh để phủ sóng các bản.'))).toEqual([]);
  });
});

describe('dynasties, eras and ranks are no people', () => {
  it('reads nothing in "triều Nguyễn", "thời Lý", "nhà Trần", "quân Minh"', () => {
    expect(ofType('PERSON', all('Tấm bia được dựng dưới triều Nguyễn và tu bổ vào thời Lý sau này.'))).toEqual([]);
    expect(ofType('PERSON', all('Sử cũ chép rằng nhà Trần đã đóng cọc chặn thuyền quân Minh.'))).toEqual([]);
    expect(ofType('PERSON', all('Ngôi đình có từ đời Lê.'))).toEqual([]);
  });

  it('still reads a king named after the era word', () => {
    expect(ofType('PERSON', all('Dưới thời Trần Nhân Tông, đất nước yên bình.'))).toEqual(['PERSON:Trần Nhân Tông']);
  });

  it('reads nothing in a rank: "hạng Nhì", "giải Ba"', () => {
    expect(ofType('PERSON', all('Em được tặng Bằng khen hạng Nhì và giải Ba môn Toán.'))).toEqual([]);
  });
});

describe('documents, publishers and awards', () => {
  it('does not read a code of law as a ministry', () => {
    expect(ofType('ORGANIZATION', all('Người vi phạm bị xử lý theo Bộ luật Hình sự và Bộ luật Lao động hiện hành.'))).toEqual([]);
    expect(outer('Bộ Tư pháp đang lấy ý kiến sửa Bộ luật Dân sự.')).toEqual(['ORGANIZATION:Bộ Tư pháp']);
  });

  it('does not read "bản" inside "xuất bản" or "văn bản" as a village', () => {
    expect(ofType('LOCATION', all('Tập thơ do nhà xuất bản Springer in lại năm ngoái.'))).toEqual([]);
  });

  it('reads a listed award after "giải" as no entity', () => {
    expect(ofType('PERSON', all('Hai nhà nghiên cứu trẻ vừa nhận giải Quả Cầu Vàng năm nay.'))).toEqual([]);
  });
});

describe('embassies', () => {
  it('reads "Đại sứ quán" as the embassy, with its seat abroad', () => {
    const got = outer('Đại sứ quán Việt Nam tại Ba Lan khuyến cáo công dân không đi lại ban đêm.');
    expect(got).toContain('ORGANIZATION:Đại sứ quán Việt Nam tại Ba Lan');
    expect(ofType('TITLE', all('Đại sứ quán Việt Nam tại Ba Lan khuyến cáo công dân.'))).toEqual([]);
  });

  it('leaves a Vietnamese city after a foreign embassy outside its name', () => {
    const got = outer('Ông làm việc tại Đại sứ quán Canada tại Hà Nội từ năm 2019.');
    expect(got).toContain('ORGANIZATION:Đại sứ quán Canada');
    expect(got).toContain('LOCATION:Hà Nội');
  });

  it('still reads the ambassador as a title', () => {
    expect(all('Đại sứ Pháp Marie Dubois tiếp đoàn.')).toContain('TITLE:Đại sứ Pháp');
  });
});

describe('long organisation extents', () => {
  it('keeps the body a title heads whole from its capitalised head word', () => {
    expect(outer('Trung tá Lê Minh Quang, Phó Trưởng Phòng CSGT Công an tỉnh Bình Định, cho biết lực lượng đã ra quân.')).toContain(
      'ORGANIZATION:Phòng CSGT Công an tỉnh Bình Định',
    );
    expect(outer('Bà được bổ nhiệm làm Trưởng Ban Quản lý Khu kinh tế Vân Phong.')).toContain('ORGANIZATION:Ban Quản lý Khu kinh tế Vân Phong');
  });

  it('keeps a unit number and a national park in the name', () => {
    expect(outer('Chiều qua, Đội CSGT số 4 lập chốt ở cửa ngõ phía tây.')).toContain('ORGANIZATION:Đội CSGT số 4');
    expect(outer('Ban Quản lý Vườn quốc gia Bạch Mã vừa thả ba cá thể voọc.')).toEqual(['ORGANIZATION:Ban Quản lý Vườn quốc gia Bạch Mã']);
    // A document number stays outside the body that signed it.
    expect(outer('Công văn của Sở Y tế số 452/SYT nêu rõ yêu cầu.')).toContain('ORGANIZATION:Sở Y tế');
  });

  it('reads a board of all the province\u2019s parks as one body, not a generic collective', () => {
    expect(outer('Ban Quản lý các khu công nghiệp tỉnh Hải Dương đã thu hồi giấy phép.')).toEqual(['ORGANIZATION:Ban Quản lý các khu công nghiệp tỉnh Hải Dương']);
    expect(ofType('ORGANIZATION', all('UBND các xã, phường phải báo cáo trước ngày 5.'))).toEqual([]);
  });

  it('reads the head of an investigating agency with the agency', () => {
    expect(all('Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình đã ký lệnh.')).toContain('TITLE:Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình');
  });
});

describe('products inside a company name, industrial parks', () => {
  it('reads a longer known company over the product it starts with', () => {
    expect(outer('Nhiều hộ kinh doanh chuyển sang bán trên TikTok Shop từ đầu năm.')).toEqual(['ORGANIZATION:TikTok Shop']);
    expect(outer('Vé xem phim ở Galaxy Cinema tăng nhẹ.')).toEqual(['ORGANIZATION:Galaxy Cinema']);
    expect(all('Cô bé xem TikTok suốt buổi tối.')).toEqual([]);
  });

  it('reads "KCN" + a name as the industrial park', () => {
    expect(outer('Hai nhà máy mới sẽ đặt tại KCN Đồng Văn, cách trung tâm 12 km.')).toEqual(['LOCATION:KCN Đồng Văn']);
    expect(all('Toàn tỉnh hiện có 9 KCN đã đi vào hoạt động.')).toEqual([]);
  });
});

describe('a name at the end of a sentence', () => {
  it('leaves the full stop outside a toned one-syllable name, and keeps it on an initial', () => {
    expect(all('Người nhận món quà là chị Hà.')).toEqual(['PERSON:Hà']);
    expect(all('Lá thư được gửi cho ông Lý.')).toEqual(['PERSON:Lý']);
    expect(all('Tôi gặp anh Th. ở chợ.')).toEqual(['PERSON:Th.']);
  });
});
