import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { summarize } from '../../src/core/summary';
import { analyze } from '../../src/core/analyze';
import type { Span, SummarySentence } from '../../src/core/types';

const SEED = resolve(__dirname, '../fixtures/seed');
const text = readFileSync(resolve(SEED, 'article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(resolve(SEED, 'gold.json'), 'utf8')) as {
  entities: Span[];
  summary_reference: { sentences: { start: number; end: number; rank: number }[] };
  likely_photo_captions: { spans: { start: number; end: number }[] };
};
const title = text.split('\n')[0];
const meta = { title, published: '2025-11-25' };
const rankOf = new Map(gold.summary_reference.sentences.map((s) => [s.start, s.rank]));
const heldOf = (sum: SummarySentence[], k: number) => sum.filter((s) => (rankOf.get(s.start) ?? 99) <= k).length;
/** The product path: the real recognizers through analyze(), with the metadata the extension passes. */
const viaAnalyze = (k: number) =>
  analyze(text, { title, published: '2025-11-25', url: 'https://baothanhhoa.vn/pho-bi-thu-thuong-truc-tinh-uy-270456.htm', summaryLength: k }).summary;

describe('summarize on the seed article', () => {
  it('through analyze() (real recognizers), 3 sentences hold ≥ 2 of the editor’s ranks 1–3 and 5 hold ≥ 4 of 5', () => {
    expect(heldOf(viaAnalyze(3), 3)).toBeGreaterThanOrEqual(2);
    expect(heldOf(viaAnalyze(5), 5)).toBeGreaterThanOrEqual(4);
  });

  it('holds the same targets with the hand-gold entities and with no entities at all', () => {
    for (const spans of [gold.entities, []]) {
      expect(heldOf(summarize(text, spans, { ...meta, summaryLength: 3 }), 3)).toBeGreaterThanOrEqual(2);
      expect(heldOf(summarize(text, spans, { ...meta, summaryLength: 5 }), 5)).toBeGreaterThanOrEqual(4);
    }
  });

  it('never picks a photo caption or the title, at any length', () => {
    const captions = new Set(gold.likely_photo_captions.spans.map((c) => c.start));
    for (let k = 1; k <= 7; k++) {
      const sum = summarize(text, gold.entities, { ...meta, summaryLength: k });
      for (const s of sum) {
        expect(captions.has(s.start)).toBe(false);
        expect(s.start).toBeGreaterThan(title.length);
      }
    }
    // Also without entities (no recognizer yet): captions are found from the text alone.
    for (const s of summarize(text, [], { ...meta, summaryLength: 7 })) expect(captions.has(s.start)).toBe(false);
  });

  it('returns sentences in article order with exact offsets, scores and ranks 1..n', () => {
    const sum = summarize(text, gold.entities, { ...meta, summaryLength: 5 });
    expect(sum).toHaveLength(5);
    for (let i = 1; i < sum.length; i++) expect(sum[i].start).toBeGreaterThan(sum[i - 1].start);
    for (const s of sum) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(Number.isFinite(s.score)).toBe(true);
    }
    expect(sum.map((s) => s.rank).sort()).toEqual([1, 2, 3, 4, 5]);
    // The lead sentence is the best one.
    expect(sum.find((s) => s.rank === 1)?.start).toBe(gold.summary_reference.sentences.find((s) => s.rank === 1)?.start);
  });

  it('is deterministic: the same input gives the same output', () => {
    const a = summarize(text, gold.entities, meta);
    const b = summarize(text, [...gold.entities].reverse(), { ...meta });
    expect(b).toEqual(a);
  });

  it('honours the length option, defaulting to 3 and clamping to 1..7', () => {
    expect(summarize(text, gold.entities, meta)).toHaveLength(3);
    expect(summarize(text, gold.entities, { ...meta, summaryLength: 1 })).toHaveLength(1);
    expect(summarize(text, gold.entities, { ...meta, summaryLength: 0 })).toHaveLength(1);
    expect(summarize(text, gold.entities, { ...meta, summaryLength: 50 })).toHaveLength(7);
  });
});

describe('summary length preference depends on the budget', () => {
  const title = 'Huyện Quảng Xương đẩy mạnh xây dựng nông thôn mới nâng cao';
  const long =
    'Để đẩy mạnh xây dựng nông thôn mới nâng cao, huyện Quảng Xương đã chỉ đạo các xã rà soát từng tiêu chí, huy động nguồn lực từ ngân sách, doanh nghiệp và người dân, tập trung đầu tư hạ tầng giao thông, thủy lợi, trường học, trạm y tế, nhà văn hóa, đồng thời phát triển sản xuất hàng hóa, nâng cao thu nhập và đời sống vật chất, tinh thần cho người dân nông thôn trên địa bàn huyện.';
  const short = 'Huyện Quảng Xương có thêm 5 xã đạt chuẩn nông thôn mới nâng cao.';
  const article = [
    title,
    'Sáng 20/11, huyện Quảng Xương tổ chức hội nghị sơ kết xây dựng nông thôn mới năm 2025.',
    'Hội nghị có sự tham gia của nhiều cán bộ các xã, thị trấn trong huyện.',
    long,
    'Nhiều tuyến đường làng được bê tông hóa, cảnh quan sạch đẹp hơn.',
    short,
    'Người dân phấn khởi khi đời sống được cải thiện rõ rệt.',
    'Hội nghị cũng khen thưởng các tập thể, cá nhân có thành tích xuất sắc.',
  ].join('\n');
  const rankIn = (k: number, sentence: string) => summarize(article, [], { title, summaryLength: k }).find((s) => s.text === sentence)?.rank;

  it('a short summary prefers the compact sentence over a 70-syllable one on the same topic', () => {
    for (const k of [2, 3]) {
      expect(rankIn(k, short)).toBeDefined();
      expect(rankIn(k, long)).toBeUndefined();
    }
  });

  it('a long summary keeps the full sentence and ranks it above the compact one', () => {
    for (const k of [5, 7]) {
      expect(rankIn(k, long)).toBeDefined();
      expect(rankIn(k, long)!).toBeLessThan(rankIn(k, short)!);
    }
  });
});

describe('summarize skips page furniture', () => {
  const page = [
    'Tỉnh tổ chức hội nghị tổng kết công tác năm',
    'Nghe bài viết',
    '0:00',
    'Thứ Ba, 25/11/2025 08:30',
    'Chiều 24/11, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.',
    'Tham dự có các đồng chí: Nguyễn Văn A, Chủ tịch UBND tỉnh; Trần Văn B, Phó Chủ tịch UBND tỉnh.',
    'Quang cảnh hội nghị.',
    'Năm 2025, tổng sản phẩm trên địa bàn tỉnh tăng 8,5%, thu ngân sách đạt 12.500 tỷ đồng.',
    'Ảnh: Minh Hiếu',
    'Tin liên quan',
    'Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung giải ngân vốn đầu tư công ngay từ đầu năm.',
    'Bài và ảnh: Lê Hợi',
  ].join('\n\n');

  it('keeps only story sentences', () => {
    const sum = summarize(page, [], { title: 'Tỉnh tổ chức hội nghị tổng kết công tác năm', summaryLength: 7 });
    expect(sum.map((s) => s.text)).toEqual([
      'Chiều 24/11, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.',
      'Năm 2025, tổng sản phẩm trên địa bàn tỉnh tăng 8,5%, thu ngân sách đạt 12.500 tỷ đồng.',
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung giải ngân vốn đầu tư công ngay từ đầu năm.',
    ]);
  });

  it('drops attendee lines that open on the guest\'s position instead of "đồng chí"/"ông"', () => {
    const story = [
      'Sáng 15/11, UBND xã Lệ Ninh tổ chức lễ công bố xã đạt chuẩn nông thôn mới nâng cao.',
      'Dự buổi lễ có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Võ Văn Hưng.',
      'Dự và chỉ đạo đại hội có Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Nguyễn Thị Kim Thoa.',
      'Đến chung vui với bà con có Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Văn Bi.',
      'Năm năm qua, người dân đã hiến hơn 18.000 m2 đất, đóng góp gần 25 tỷ đồng để mở rộng đường làng.',
      'Thu nhập bình quân đầu người đạt 72 triệu đồng mỗi năm, tỷ lệ hộ nghèo còn dưới 1%.',
    ].join(' ');
    const sum = summarize(story, [], { title: 'Xã Lệ Ninh đạt chuẩn nông thôn mới nâng cao', summaryLength: 7 });
    expect(sum.map((s) => s.text)).toEqual([
      'Sáng 15/11, UBND xã Lệ Ninh tổ chức lễ công bố xã đạt chuẩn nông thôn mới nâng cao.',
      'Năm năm qua, người dân đã hiến hơn 18.000 m2 đất, đóng góp gần 25 tỷ đồng để mở rộng đường làng.',
      'Thu nhập bình quân đầu người đạt 72 triệu đồng mỗi năm, tỷ lệ hộ nghèo còn dưới 1%.',
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(summarize('', [], {})).toEqual([]);
  });

  it('handles a very large text (bounded graph) and still returns the budget', () => {
    const para = 'Xã Hà Trung đẩy mạnh phát triển kinh tế nông nghiệp với nhiều mô hình mới hiệu quả cao. ';
    const big = Array.from({ length: 6000 }, (_, i) => `${para}Năm ${2000 + (i % 25)} sản lượng tăng ${i % 97} tấn.`).join('\n');
    expect(big.length).toBeGreaterThan(500_000);
    const sum = summarize(big, [], { summaryLength: 4 });
    expect(sum).toHaveLength(4);
  });
});
