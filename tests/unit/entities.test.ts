// The entity recognizer: what a reader sees highlighted as PERSON / TITLE / LOCATION / ORGANIZATION, and
// where a place resolves to after the July 2025 reorganisation.
import { readFileSync } from 'node:fs';
import { recognizeEntities, lookupProvince } from '../../src/core/entities';
import { foldText } from '../../src/core/text/normalize';
import type { Span } from '../../src/core/types';

const OUR_TYPES = ['PERSON', 'TITLE', 'LOCATION', 'ORGANIZATION'];

function run(text: string, published = '2025-11-25'): Span[] {
  return recognizeEntities(text, { folded: foldText(text), published });
}
/** Spans no other predicted span contains: what is scored and painted. */
function outermost(spans: Span[]): Span[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}
const show = (spans: Span[]) => spans.map((s) => `${s.type}:${s.text}`);

describe('seed article', () => {
  const seedDir = new URL('../fixtures/seed/', import.meta.url);
  const text = readFileSync(new URL('article.txt', seedDir), 'utf8');
  const gold = (JSON.parse(readFileSync(new URL('gold.json', seedDir), 'utf8')) as { entities: (Span & { optional?: boolean })[] }).entities.filter(
    (g) => OUR_TYPES.includes(g.type),
  );
  const pred = recognizeEntities(text, { folded: foldText(text), published: '2025-11-25', title: text.slice(0, text.indexOf('\n')) });

  it('reaches F1 ≥ 0.97 on its four types (exact span and type, outermost, optional spans ignored)', () => {
    const optional = gold.filter((g) => g.optional);
    const wanted = gold.filter((g) => !g.optional);
    const scored = outermost(pred).filter((p) => OUR_TYPES.includes(p.type) && !optional.some((o) => p.start < o.end && o.start < p.end));
    const key = (s: Span) => `${s.start}|${s.end}|${s.type}`;
    const goldKeys = new Set(wanted.map(key));
    const tp = scored.filter((p) => goldKeys.has(key(p))).length;
    const precision = tp / scored.length;
    const recall = tp / wanted.length;
    const f1 = (2 * precision * recall) / (precision + recall);
    const missed = wanted.filter((g) => !scored.some((p) => key(p) === key(g))).map((g) => `${g.type}:${g.text}@${g.start}`);
    const extra = scored.filter((p) => !goldKeys.has(key(p))).map((p) => `${p.type}:${p.text}@${p.start}`);
    // Printed on failure so the misses are visible.
    if (f1 < 0.97) console.log({ missed, extra });
    expect(f1).toBeGreaterThanOrEqual(0.97);
  });

  it('labels the title line: TITLE then the adjacent PERSON, the first conjunct with its unit word, the second bare', () => {
    const head = outermost(pred).filter((s) => s.end <= text.indexOf('\n'));
    expect(show(head)).toEqual(['TITLE:Phó Bí thư Thường trực Tỉnh ủy', 'PERSON:Nguyễn Hồng Phong', 'LOCATION:xã Hà Trung', 'LOCATION:Tống Sơn']);
  });

  it('keeps the nested organisation and place inside outer spans, never overlapping spans of one type', () => {
    const org = pred.find((s) => s.type === 'ORGANIZATION' && s.text === 'Trung tâm Phục vụ hành chính công xã Hà Trung');
    expect(org).toBeDefined();
    expect(pred.some((s) => s.type === 'LOCATION' && s.text === 'xã Hà Trung' && s.start > org!.start && s.end === org!.end)).toBe(true);
    for (const type of OUR_TYPES) {
      const ofType = pred.filter((s) => s.type === type).sort((a, b) => a.start - b.start);
      for (let k = 1; k < ofType.length; k++) expect(ofType[k].start).toBeGreaterThanOrEqual(ofType[k - 1].end);
    }
  });

  it('every span indexes the given text', () => {
    for (const s of pred) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('place resolution', () => {
  it("'xã Hà Trung' is a current commune of Thanh Hóa formed from former communes", () => {
    const loc = run('Đoàn làm việc tại xã Hà Trung.').find((s) => s.type === 'LOCATION');
    expect(loc?.place).toMatchObject({ level: 'commune', unitType: 'xã', name: 'Hà Trung', province: 'Thanh Hóa', current: true });
    expect(loc?.place?.formedFrom?.length).toBeGreaterThan(0);
    expect(loc?.place?.formedFrom).toContain('thị trấn Hà Trung, huyện Hà Trung');
  });

  it("a former province ('tỉnh Hà Tây', 'Bắc Giang') resolves to the province it is now part of", () => {
    const haTay = run('Năm 2005, tỉnh Hà Tây có nhiều làng nghề.', '2005-05-01').find((s) => s.type === 'LOCATION');
    expect(haTay?.text).toBe('tỉnh Hà Tây');
    expect(haTay?.place).toMatchObject({ level: 'province', current: false, province: 'Hà Nội' });
    expect(haTay?.place?.nowPartOf).toEqual(['thành phố Hà Nội']);
    const bacGiang = run('Lãnh đạo tỉnh Bắc Giang đã kiểm tra tiến độ.', '2024-03-01').find((s) => s.type === 'LOCATION');
    expect(bacGiang?.place).toMatchObject({ name: 'Bắc Giang', current: false, nowPartOf: ['tỉnh Bắc Ninh'] });
  });

  it('the article date picks the former district over the current commune of the same name', () => {
    const before = run('Chủ tịch UBND huyện Hà Trung đã tiếp dân.', '2024-06-01').find((s) => s.type === 'LOCATION');
    expect(before?.place).toMatchObject({ level: 'district', current: false });
    expect(before?.place?.nowPartOf).toContain('xã Hà Trung, Thanh Hóa');
  });

  it('the dominant province decides between same-named communes', () => {
    // "Tân Phú" names communes in several provinces; the article is about Đồng Nai.
    const spans = run('Tỉnh Đồng Nai có nhiều dự án. Tại tỉnh Đồng Nai, xã Tân Phú đã hoàn thành.');
    const commune = spans.find((s) => s.text === 'xã Tân Phú');
    expect(commune?.place?.province).toBe('Đồng Nai');
  });

  it('lookupProvince maps current and former names and aliases to the current province', () => {
    expect(lookupProvince('Thanh Hoá')).toBe('Thanh Hóa');
    expect(lookupProvince('Bắc Giang')).toBe('Bắc Ninh');
    expect(lookupProvince('tỉnh Hà Tây')).toBe('Hà Nội');
    expect(lookupProvince('TP.HCM')).toBe('Hồ Chí Minh');
    expect(lookupProvince('Atlantis')).toBeUndefined();
  });
});

describe('normalisation', () => {
  const nfc = 'Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn làm việc với Công an tỉnh Thanh Hóa.';

  it('NFD input gives the same spans, with offsets into the original NFD text', () => {
    const nfd = nfc.normalize('NFD');
    const a = run(nfc);
    const b = run(nfd);
    expect(b.map((s) => s.type)).toEqual(a.map((s) => s.type));
    expect(b.map((s) => s.text.normalize('NFC'))).toEqual(a.map((s) => s.text));
    for (const s of b) expect(nfd.slice(s.start, s.end)).toBe(s.text);
  });

  it("'Thanh Hoá' (old tone placement) gives the same spans and place as 'Thanh Hóa'", () => {
    const old = nfc.replaceAll('Hóa', 'Hoá');
    const a = run(nfc);
    const b = run(old);
    expect(b.map((s) => [s.type, s.start, s.end])).toEqual(a.map((s) => [s.type, s.start, s.end]));
    expect(b.find((s) => s.type === 'LOCATION')?.place?.name).toBe('Thanh Hóa');
  });
});

describe('titles, persons, organisations', () => {
  it('a full title includes its body and place; the person after it is a separate span; abbreviations are spelled out', () => {
    const spans = run('Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn phát biểu.');
    expect(show(outermost(spans))).toEqual(['TITLE:Chủ tịch UBND tỉnh Thanh Hóa', 'PERSON:Đỗ Minh Tuấn']);
    expect(spans.find((s) => s.type === 'ORGANIZATION')?.expansion).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
  });

  it('stacked titles separated by a comma or "kiêm" are separate spans', () => {
    const spans = outermost(run('Đồng chí Lê Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Tài chính.'));
    expect(show(spans)).toEqual([
      'PERSON:Lê Văn Hải',
      'TITLE:Ủy viên Ban Thường vụ Tỉnh ủy',
      'TITLE:Phó Chủ tịch UBND tỉnh',
      'TITLE:Giám đốc Sở Tài chính',
    ]);
  });

  it('a temporal modifier stays outside the title and is recorded', () => {
    const t = run('Ông Trịnh Văn Chiến, nguyên Bí thư Tỉnh ủy, dự lễ.').find((s) => s.type === 'TITLE');
    expect(t?.text).toBe('Bí thư Tỉnh ủy');
    expect(t?.modifier).toBe('nguyên');
  });

  it('address words are not part of a name; a cued given name alone is a person', () => {
    expect(show(outermost(run('Bà Nguyễn Thị Lan cho biết, ông Hạ đã về quê.')))).toEqual(['PERSON:Nguyễn Thị Lan', 'PERSON:Hạ']);
  });

  it('a name inside a place or street is not a person', () => {
    const spans = run('Người dân phường Đào Duy Từ và đường Lê Lợi đã dọn vệ sinh.');
    expect(spans.filter((s) => s.type === 'PERSON')).toEqual([]);
    expect(show(spans.filter((s) => s.type === 'LOCATION'))).toEqual(['LOCATION:phường Đào Duy Từ', 'LOCATION:đường Lê Lợi']);
  });

  it('organisations run to their full extent and generic collectives are not labelled', () => {
    const spans = outermost(run('Ban Tổ chức Tỉnh ủy phối hợp với Sở Văn hóa, Thể thao và Du lịch; chính quyền và các sở, ngành cùng tham gia.'));
    expect(show(spans)).toEqual(['ORGANIZATION:Ban Tổ chức Tỉnh ủy', 'ORGANIZATION:Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('foreign places', () => {
  it('labels countries and capitals in Vietnamese spelling', () => {
    const spans = run('Việt Nam và Nhật Bản ký kết tại Bắc Kinh, sau đó đoàn sang Liên bang Nga.');
    expect(show(spans)).toEqual(['LOCATION:Việt Nam', 'LOCATION:Nhật Bản', 'LOCATION:Bắc Kinh', 'LOCATION:Liên bang Nga']);
    expect(spans[1].place).toMatchObject({ level: 'country', name: 'Nhật Bản' });
    expect(spans[2].place?.level).toBe('foreign-city');
  });
});

describe('robustness', () => {
  it('never throws and keeps offsets valid on odd input', () => {
    const odd = ['', ' ', 'xã', 'xã ', 'Ông', 'UBND', 'Chủ tịch', '\u0301\u0301', 'a\uD800b', 'TP.', 'Sở Tài chính,', 'H\'Hen Niê', '🙂 Hà Nội 🙂'];
    for (const s of odd) {
      const spans = run(s);
      for (const sp of spans) expect(s.slice(sp.start, sp.end)).toBe(sp.text);
    }
  });
});
