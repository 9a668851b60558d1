// Round 5 of the recognizer, on invented sentences. Single foreign words without a cue: in an article
// they are people only when the text
// gives person evidence somewhere (an honorific, a verb of speech, a full foreign name); a place cue makes them
// places; otherwise (ships, brands, nicknames) they stay unlabelled; a lone sentence keeps the person default.
// Leading "Chi nhánh" / "Văn phòng đại diện" heads belong to the organisation span after them.
import { recognizeEntities } from '../../src/core/entities';
import { foldText } from '../../src/core/text/normalize';

function all(text: string): string[] {
  return recognizeEntities(text, { folded: foldText(text), published: '2025-08-05' }).map((s) => `${s.type}:${s.text}`);
}

/** Sentences that make the input an article, so person evidence is expected. */
const LEAD = 'Sáng nay trời mưa nhẹ. Nhiều hộ dân đã chuẩn bị từ sớm. Các trường học vẫn mở cửa. ';

describe('single foreign words need person evidence in an article', () => {
  it('leaves an uncued foreign word (a ship) unlabelled', () => {
    const got = all(LEAD + 'Chiếc Korvalen neo đậu suốt ba ngày để sửa máy.');
    expect(got.some((s) => s.endsWith(':Korvalen'))).toBe(false);
  });

  it('reads the word as a person when an honorific stands before it elsewhere', () => {
    const got = all(LEAD + 'Ông Brodsky đến thăm trường. Sau buổi làm việc, Brodsky rất hài lòng.');
    expect(got.filter((s) => s === 'PERSON:Brodsky')).toHaveLength(2);
  });

  it('reads the word as a person when a verb of speech follows it', () => {
    const got = all(LEAD + 'Đến chiều, Brodsky cho biết đội đã sẵn sàng. Sau buổi tập, Brodsky rời sân.');
    expect(got.filter((s) => s === 'PERSON:Brodsky')).toHaveLength(2);
  });

  it('reads the word as a person when a full foreign name contains it', () => {
    const got = all(LEAD + 'Huấn luyện viên Piet Brodsky đến sớm. Sau buổi tập, Brodsky rất hài lòng.');
    expect(got).toContain('PERSON:Piet Brodsky');
    expect(got).toContain('PERSON:Brodsky');
  });

  it('reads the word as a place after a locative cue', () => {
    expect(all(LEAD + 'Đoàn khách nghỉ lại ở Kralvik hai đêm.')).toContain('LOCATION:Kralvik');
  });

  it('keeps the person default in a lone sentence, where no introduction can be expected', () => {
    expect(all('Korvalen neo đậu suốt ba ngày để sửa máy.')).toContain('PERSON:Korvalen');
  });
});

describe('foreign runs opened by an article', () => {
  it('does not read "The …" or "Los …" nicknames as people', () => {
    const got = all('Người hâm mộ The Greens kéo đến sân từ trưa, còn Los Verdes ở nhà.');
    expect(got.some((s) => s.startsWith('PERSON:'))).toBe(false);
  });
});

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
