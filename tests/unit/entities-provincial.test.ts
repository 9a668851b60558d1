// Round 3 of the recognizer: constructions of provincial news that read wrong to a reader, on invented
// sentences. A title + body + bare unit word + person ("Chủ tịch UBND tỉnh Lê Hồng Vinh"), a capitalised
// common word that shares a syllable with a name met earlier ("Chính phủ" after "Phạm Minh Chính"),
// countries written with their short name, and organisation names with lower-case descriptive words.
import { recognizeEntities } from '../../src/core/entities';
import { foldText } from '../../src/core/text/normalize';
import type { Span } from '../../src/core/types';

function run(text: string): Span[] {
  return recognizeEntities(text, { folded: foldText(text), published: '2025-08-05' });
}
/** Every span as "TYPE:text", in order. */
function all(text: string): string[] {
  return run(text).map((s) => `${s.type}:${s.text}`);
}
/** Spans no other predicted span contains: what a reader sees painted. */
function outer(text: string): string[] {
  const spans = run(text).filter((s) => s.type !== 'TITLE');
  return spans
    .filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start))
    .map((s) => `${s.type}:${s.text}`);
}

describe('title + body + bare unit word + person', () => {
  it('ends the title at "tỉnh" and reads the surname-led name as the person', () => {
    const got = all('Sáng nay, Chủ tịch UBND tỉnh Lê Hồng Vinh chủ trì cuộc họp về phòng chống thiên tai.');
    expect(got).toContain('TITLE:Chủ tịch UBND tỉnh');
    expect(got).toContain('ORGANIZATION:UBND tỉnh');
    expect(got).toContain('PERSON:Lê Hồng Vinh');
    expect(got.some((s) => s.startsWith('LOCATION:'))).toBe(false);
  });

  it('does the same after "TP", "xã", "Huyện ủy" and with a deputy title', () => {
    const tp = all('Chủ tịch UBND TP Nguyễn Văn Được cho biết thành phố sẽ hoàn thành dự án trong năm nay.');
    expect(tp).toContain('TITLE:Chủ tịch UBND TP');
    expect(tp).toContain('PERSON:Nguyễn Văn Được');
    const xa = all('Chủ tịch UBND xã Lê Văn Cường cho biết bà con đã được di dời an toàn.');
    expect(xa).toContain('TITLE:Chủ tịch UBND xã');
    expect(xa).toContain('PERSON:Lê Văn Cường');
    expect(xa.some((s) => s.startsWith('LOCATION:'))).toBe(false);
    const pho = all('Phó Chủ tịch UBND tỉnh Trần Thị Mai kiểm tra công trình đê biển.');
    expect(pho).toContain('TITLE:Phó Chủ tịch UBND tỉnh');
    expect(pho).toContain('PERSON:Trần Thị Mai');
    const hu = all('Bí thư Huyện ủy Đỗ Minh Tâm phát biểu tại hội nghị.');
    expect(hu).toContain('TITLE:Bí thư Huyện ủy');
    expect(hu).toContain('PERSON:Đỗ Minh Tâm');
  });

  it('reads a title without a body the same way ("Chủ tịch xã …")', () => {
    const got = all('Chủ tịch xã Phạm Văn Hòa đến thăm các hộ bị ngập.');
    expect(got).toContain('TITLE:Chủ tịch xã');
    expect(got).toContain('PERSON:Phạm Văn Hòa');
  });

  it('still attaches a known unit name, and a person right after it', () => {
    const got = all('Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn làm việc với đoàn công tác.');
    expect(got).toContain('TITLE:Chủ tịch UBND tỉnh Thanh Hóa');
    expect(got).toContain('LOCATION:tỉnh Thanh Hóa');
    expect(got).toContain('PERSON:Đỗ Minh Tuấn');
  });

  it('keeps the full name of a department head after the department', () => {
    const got = all('Giám đốc Sở Y tế Phạm Quốc Dũng chỉ đạo các bệnh viện chuẩn bị giường bệnh.');
    expect(got).toContain('TITLE:Giám đốc Sở Y tế');
    expect(got).toContain('PERSON:Phạm Quốc Dũng');
  });

  it('knows the provincial departments whose names are capitalised ("Sở Công Thương"): no person inside', () => {
    const got = all('Phó Giám đốc Sở Công Thương cho biết sản lượng điện tăng; Sở Nội vụ trình phương án.');
    expect(got).toContain('TITLE:Phó Giám đốc Sở Công Thương');
    expect(got).toContain('ORGANIZATION:Sở Công Thương');
    expect(got).toContain('ORGANIZATION:Sở Nội vụ');
    expect(got.filter((g) => g.startsWith('PERSON:'))).toEqual([]);
    const scoped = all('Ông Lê Văn Bình, Giám đốc Sở Công Thương tỉnh Cà Mau, phát biểu.');
    expect(scoped).toContain('TITLE:Giám đốc Sở Công Thương tỉnh Cà Mau');
    expect(scoped).toContain('PERSON:Lê Văn Bình');
  });

  it('does not read a surname-led name after a province unit word as a province', () => {
    const got = run('Đoàn công tác của tỉnh Nguyễn Văn Bình đã về tới nơi.');
    expect(got.some((s) => s.type === 'LOCATION' && s.text.startsWith('tỉnh Nguyễn'))).toBe(false);
  });
});

describe('document memory and capitalised common words', () => {
  it('does not carry a given name onto the first syllable of "Chính phủ"', () => {
    const got = outer('Tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì hội nghị. Chính phủ yêu cầu các bộ khẩn trương vào cuộc.');
    expect(got.filter((s) => s === 'PERSON:Chính')).toEqual([]);
    expect(got).toContain('PERSON:Phạm Minh Chính');
  });

  it('still carries the given name onto a later bare mention', () => {
    const got = outer('Thủ tướng Phạm Minh Chính chủ trì hội nghị. Sau đó, ông Chính cho biết sẽ kiểm tra lại.');
    expect(got).toContain('PERSON:Chính');
  });
});

describe('countries by their short name', () => {
  it('gives "Mỹ" a country place like "Hoa Kỳ"', () => {
    for (const text of ['Đoàn đã sang Mỹ làm việc với các đối tác.', 'Hàng hóa xuất sang Mỹ tăng mạnh.']) {
      const loc = run(text).find((s) => s.type === 'LOCATION' && s.text === 'Mỹ');
      expect(loc?.place?.level).toBe('country');
    }
  });
});

describe('organisation names with lower-case descriptive words', () => {
  it('runs on to the unit word that closes the name', () => {
    expect(outer('Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh vừa khởi công cầu mới.')).toEqual([
      'ORGANIZATION:Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
    ]);
  });

  it('stops a number-designated unit at its number', () => {
    expect(outer('Lữ đoàn 196 tham gia diễn tập cùng dân quân địa phương.')).toEqual(['ORGANIZATION:Lữ đoàn 196']);
  });

  it('closes a national body with "quốc gia"', () => {
    expect(outer('Ủy ban An toàn giao thông quốc gia đề nghị các địa phương tăng cường kiểm tra.')).toEqual([
      'ORGANIZATION:Ủy ban An toàn giao thông quốc gia',
    ]);
  });

  it('keeps a head word used as a common noun inside the name, and "xã hội" is no commune', () => {
    expect(outer('Lãnh đạo Ban Chỉ huy Phòng thủ dân sự tỉnh đã có mặt.')).toEqual(['ORGANIZATION:Ban Chỉ huy Phòng thủ dân sự tỉnh']);
    expect(outer('Trung tâm Bảo trợ xã hội tỉnh tiếp nhận thêm 20 người.')).toEqual(['ORGANIZATION:Trung tâm Bảo trợ xã hội tỉnh']);
  });

  it('reads numbered formations, lower-case or followed by another one', () => {
    expect(outer('Hai chiến sĩ của sư đoàn 2 và lữ đoàn 196 được khen thưởng.')).toEqual(['ORGANIZATION:sư đoàn 2', 'ORGANIZATION:lữ đoàn 196']);
    expect(outer('Sư đoàn 2 Quân khu 5 cũng cử lực lượng tham gia.')).toEqual(['ORGANIZATION:Sư đoàn 2', 'ORGANIZATION:Quân khu 5']);
  });
});

describe('what a unit word may swallow', () => {
  it('does not take a department after "yêu cầu" for a bridge', () => {
    expect(outer('Ông Hùng yêu cầu Sở Xây dựng phối hợp với Công an tỉnh.')).toEqual([
      'PERSON:Hùng',
      'ORGANIZATION:Sở Xây dựng',
      'ORGANIZATION:Công an tỉnh',
    ]);
  });

  it('ends the body at the unit word when a rank follows', () => {
    const got = all('Phó Giám đốc Công an tỉnh Đại tá Lương Văn Minh cũng có mặt.');
    expect(got).toContain('ORGANIZATION:Công an tỉnh');
    expect(got).toContain('PERSON:Lương Văn Minh');
    expect(got.some((s) => s.includes('tỉnh Đại'))).toBe(false);
  });
});
