// Re-anchoring a reader's annotation on a changed article (src/core/anchoring): found where it should be,
// and NOT found (null) rather than painted on other words.
import { readFileSync } from 'node:fs';
import { anchor, describeRange, CONTEXT_LEN, MIN_QUOTE_SIMILARITY, similarity } from '../../src/core/anchoring';

const article = readFileSync('tests/fixtures/seed/article.txt', 'utf8').trim();

/** Selectors for the first occurrence of `phrase` (or the nth). */
function selectorsOf(text: string, phrase: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture lacks "${phrase}"`);
  return describeRange(text, at, at + phrase.length);
}

describe('describeRange', () => {
  it('stores the exact words, 32 characters of context each side and the offsets', () => {
    const [q, p] = selectorsOf(article, 'Nguyễn Hồng Phong', 1);
    expect(q.exact).toBe('Nguyễn Hồng Phong');
    expect(q.prefix.length).toBe(CONTEXT_LEN);
    expect(q.suffix.length).toBe(CONTEXT_LEN);
    expect(article.slice(p.start - CONTEXT_LEN, p.end + CONTEXT_LEN)).toBe(q.prefix + q.exact + q.suffix);
  });

  it('clips the context at the text edges', () => {
    const [q] = describeRange('Hà Trung', 0, 2);
    expect(q).toMatchObject({ exact: 'Hà', prefix: '', suffix: ' Trung' });
  });
});

describe('anchor', () => {
  it('finds a note again when the site re-encodes its text (NFD, old tone placement)', () => {
    const sel = selectorsOf(article, 'tỉnh Thanh Hóa và Nhân dân');
    const reencoded = article.replace(/Hóa/g, 'Hoá').normalize('NFD');
    const found = anchor(reencoded, sel);
    expect(found).not.toBeNull();
    expect(reencoded.slice(found!.start, found!.end).normalize('NFC')).toBe('tỉnh Thanh Hoá và Nhân dân');
  });

  it('an unchanged text anchors by position', () => {
    const sel = selectorsOf(article, 'vận hành chính quyền địa phương 2 cấp');
    expect(anchor(article, sel)).toEqual({ start: sel[1].start, end: sel[1].end, strategy: 'position', score: 1 });
  });

  it('after a paragraph is inserted above, finds the quote at its new offset', () => {
    const sel = selectorsOf(article, '243 tỷ 609 triệu đồng');
    const inserted = 'Đoạn mở đầu mới được toà soạn bổ sung sau khi đăng bài.\n\n';
    const cut = article.indexOf('\n\n') + 2;
    const changed = article.slice(0, cut) + inserted + article.slice(cut);
    const r = anchor(changed, sel);
    expect(r).not.toBeNull();
    expect(r!.strategy).toBe('quote-exact');
    expect(r!.start).toBe(sel[1].start + inserted.length);
    expect(changed.slice(r!.start, r!.end)).toBe('243 tỷ 609 triệu đồng');
  });

  it('after a light edit of the words, finds them by fuzzy match with a score above the minimum', () => {
    const phrase = 'kiểm tra công tác vận hành Trung tâm Phục vụ hành chính công xã Hà Trung';
    const sel = selectorsOf(article, phrase);
    const edited = 'kiểm tra việc vận hành Trung tâm Phục vụ hành chính công của xã Hà Trung';
    const changed = article.replace(phrase, edited);
    const r = anchor(changed, sel);
    expect(r?.strategy).toBe('quote-fuzzy');
    expect(r!.score).toBeGreaterThan(MIN_QUOTE_SIMILARITY);
    const found = changed.slice(r!.start, r!.end);
    expect(similarity(found, edited)).toBeGreaterThan(0.9);
    expect(Math.abs(r!.start - changed.indexOf(edited))).toBeLessThanOrEqual(2);
  });

  it('when the quoted words were removed, returns null instead of another passage', () => {
    const phrase = 'tổ chức vận hành tốt Trung tâm';
    const sel = selectorsOf(article, phrase);
    const sentenceStart = article.lastIndexOf('\n\n', sel[1].start) + 2;
    const sentenceEnd = article.indexOf('\n\n', sel[1].end);
    const changed = article.slice(0, sentenceStart) + article.slice(sentenceEnd + 2);
    // Related wording survives elsewhere ("vận hành Trung tâm Phục vụ…"): it must not attract the note.
    expect(changed).toContain('vận hành Trung tâm');
    expect(anchor(changed, sel)).toBeNull();
  });

  it('a short quote whose surroundings all changed is an orphan, not a guess among its occurrences', () => {
    const sel = selectorsOf(article, 'Hà Trung', 2);
    const changed = article.replaceAll(sel[0].prefix, 'Một câu hoàn toàn khác được viết lại ở đây ').replaceAll(sel[0].suffix, ' và những thay đổi khác nữa trong bài viết');
    expect(anchor(changed, [sel[0], { ...sel[1], start: sel[1].start + 5, end: sel[1].end + 5 }])).toBeNull();
  });

  it('a repeated quote is told apart by its prefix and suffix', () => {
    const occurrences = [...article.matchAll(/2 cấp/g)].map((m) => m.index!);
    expect(occurrences.length).toBeGreaterThan(2);
    // The third occurrence, after the article shifted by 40 characters: its old offset now points
    // elsewhere, and nearness alone would pick a different "2 cấp".
    const sel = describeRange(article, occurrences[2], occurrences[2] + 5);
    const shifted = 'x'.repeat(40) + article;
    const r = anchor(shifted, sel);
    expect(r?.start).toBe(occurrences[2] + 40);
    // Each occurrence anchors to itself.
    for (const at of occurrences) expect(anchor(shifted, describeRange(article, at, at + 5))?.start).toBe(at + 40);
  });

  it('a stale position holding the same words in other surroundings is not trusted', () => {
    const text = 'Năm 2024 xã thu 5 tỷ đồng. Năm 2025 xã thu 5 tỷ đồng từ đất.';
    const second = text.lastIndexOf('5 tỷ đồng');
    const sel = describeRange(text, second, second + 9);
    // The first sentence is deleted: the OLD offset of the second figure is meaningless now.
    const changed = 'Năm 2025 xã thu 5 tỷ đồng từ đất. Ghi chú: năm 2024 xã thu 5 tỷ đồng.';
    const r = anchor(changed, sel);
    expect(r).not.toBeNull();
    expect(r!.start).toBe(changed.indexOf('5 tỷ đồng từ đất'));
  });

  it('a heavily reworded quote (below the minimum similarity) is an orphan, even with its context intact', () => {
    const phrase = 'tổ chức vận hành tốt Trung tâm';
    const sel = selectorsOf(article, phrase);
    const changed = article.replace(phrase, 'bảo đảm mọi điều kiện cho bộ phận một cửa');
    expect(anchor(changed, sel)).toBeNull();
  });

  it('a unique mid-length phrase is found even when both neighbours were rewritten', () => {
    const text = 'Mở đầu bài viết.\n\nHai xã cùng tăng thu.\n\nKết thúc.';
    const at = text.indexOf('Hai xã cùng tăng thu');
    const sel = describeRange(text, at, at + 20);
    const changed = 'Một đoạn mở đầu khác hẳn được thêm vào.\n\nHai xã cùng tăng thu mạnh trong năm.';
    expect(anchor(changed, sel)).toMatchObject({ start: changed.indexOf('Hai xã'), strategy: 'quote-exact' });
  });

  it('does not throw on odd selectors', () => {
    expect(anchor('abc', [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 0 }])).toBeNull();
    expect(anchor('', describeRange('abc', 0, 2))).toBeNull();
    expect(anchor('abc abc', [{ type: 'TextQuoteSelector', exact: 'bc', prefix: 'a', suffix: ' ' }, { type: 'TextPositionSelector', start: 99, end: 120 }])?.start).toBe(1);
  });

  it('stays fast on a long text without the quote', () => {
    const sel = selectorsOf(article, 'vận hành chính quyền địa phương 2 cấp');
    const big = 'Lorem ipsum dolor sit amet. '.repeat(40_000);
    expect(anchor(big, sel)).toBeNull();
  });
});
