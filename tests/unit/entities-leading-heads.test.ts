// Organisation heads that come before the body they belong to, on invented sentences: a capitalised
// "Chi nhánh" / "Văn phòng đại diện" starts the organisation span after it; a lower-case one does not.
import { readings as all } from './support/readings';

describe('a branch or representative office heads the organisation it belongs to', () => {
  it('keeps "Chi nhánh" inside the bank\'s span', () => {
    const got = all('Chi nhánh Ngân hàng Nông nghiệp huyện Mê Linh đã giải ngân 20 tỷ đồng cho bà con.');
    expect(got).toContain('ORGANIZATION:Chi nhánh Ngân hàng Nông nghiệp huyện Mê Linh');
  });

  it('keeps "Văn phòng đại diện" inside the company\'s span, and a lower-case "chi nhánh" out', () => {
    expect(all('Hôm qua, Văn phòng đại diện Công ty Cổ phần Sao Mai tại Cần Thơ khai trương.')).toContain('ORGANIZATION:Văn phòng đại diện Công ty Cổ phần Sao Mai');
    expect(all('Khách hàng đến các chi nhánh Ngân hàng Nông nghiệp để vay vốn.').some((s) => s.startsWith('ORGANIZATION:chi nhánh'))).toBe(false);
  });
});
