import { articleKey, normalizeUrl, textHash } from '../../src/core/identity';

describe('article identity', () => {
  it('drops tracking parameters, fragment, default port and trailing slash; lower-cases the host', () => {
    const a = articleKey('https://BaoThanhHoa.vn:443/thoi-su/bai-viet-1.htm/?utm_source=fb&utm_medium=social&fbclid=IwAR0x#binh-luan');
    const b = articleKey('https://baothanhhoa.vn/thoi-su/bai-viet-1.htm?zarsrc=31&gclid=abc&_ga=2.1');
    expect(a).toBe('https://baothanhhoa.vn/thoi-su/bai-viet-1.htm');
    expect(b).toBe(a);
  });

  it('keeps parameters that select the article, in a stable order', () => {
    const a = articleKey('http://example.vn/news.php?id=42&cat=7&utm_campaign=x');
    const b = articleKey('http://example.vn/news.php?cat=7&id=42');
    expect(a).toBe('http://example.vn/news.php?cat=7&id=42');
    expect(b).toBe(a);
    expect(articleKey('http://example.vn/news.php?id=43')).not.toBe(a);
  });

  it('uses the declared canonical URL, resolved against the page', () => {
    expect(articleKey('https://m.baonghean.vn/a-1.html?utm_source=zalo', 'https://baonghean.vn/a-1.html')).toBe(
      'https://baonghean.vn/a-1.html',
    );
    expect(articleKey('https://baonghean.vn/a-1.html?x=1', '/a-1.html')).toBe('https://baonghean.vn/a-1.html');
  });

  it('ignores a canonical that points at the home page of an article with its own path', () => {
    expect(articleKey('https://site.vn/bai-hay.html', 'https://site.vn/')).toBe('https://site.vn/bai-hay.html');
  });

  it('refuses non-http URLs', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
    expect(() => articleKey('file:///tmp/a.html')).toThrow(/không hợp lệ/);
  });

  it('hashes text: same text same hash, a one-character edit changes it', () => {
    const t = 'Tổng thu ngân sách nhà nước năm 2025 ước đạt 243 tỷ 609 triệu đồng.';
    expect(textHash(t)).toBe(textHash(t.slice()));
    expect(textHash(t)).not.toBe(textHash(t.replace('243', '244')));
    expect(textHash('')).not.toBe(textHash(' '));
    // 53 bits in base 36 is at most 11 characters.
    expect(textHash(t)).toMatch(/^[0-9a-z]{1,11}$/);
  });
});
