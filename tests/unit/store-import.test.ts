import 'fake-indexeddb/auto'; // before Dexie loads: it looks up indexedDB once
import { buildExport } from '../../src/core/export';
import { getByUrl, getSaved, importLibrary, list, saveAnalysis } from '../../src/store';
import type { AnnotationRecord } from '../../src/shared/records';
import { SEED_URL, freshDb, seedAnalysis, seedArticle, tinyInput } from './store-helpers';

const NOW = new Date(2025, 10, 27, 9, 30);

async function libraryWithSeed() {
  const db = freshDb();
  const { articleId } = await saveAnalysis(db, seedArticle(), seedAnalysis(), 1000);
  const other = tinyInput('Xã Hà Trung thu 243 tỷ đồng.', [[0, 11, 'LOCATION'], [16, 27, 'MONEY', { value: 243e9, currency: 'VND' }]]);
  const r = await saveAnalysis(db, other.article, other.analysis, 2000);
  await db.annotations.add(userNote(r.articleId));
  return { db, seedId: articleId, otherId: r.articleId, otherUrl: other.article.url };
}

function userNote(articleId: number, note = 'số liệu cần đối chiếu'): AnnotationRecord {
  return {
    articleId,
    type: 'MONEY',
    text: '243 tỷ đồng',
    source: 'user',
    note,
    anchor: 'quote+position/v1',
    selectors: [
      { type: 'TextQuoteSelector', exact: '243 tỷ đồng', prefix: 'Xã Hà Trung thu ', suffix: '.' },
      { type: 'TextPositionSelector', start: 16, end: 27 },
    ],
  };
}

/** The library without database ids, for comparing two databases. */
async function snapshot(db: ReturnType<typeof freshDb>) {
  const saved = await getSaved(db);
  return saved.map(({ article: { id: _id, ...article }, annotations, summary }) => ({
    article,
    annotations: annotations.map(({ id: _i, articleId: _a, ...a }) => a),
    summary,
  }));
}

describe('JSON import', () => {
  it('round-trips a JSON export into an empty library', async () => {
    const { db } = await libraryWithSeed();
    const file = buildExport('json', await getSaved(db), NOW);
    const target = freshDb();
    const result = await importLibrary(target, file.content);
    expect(result).toEqual({ articles: 2, created: 2, merged: 0, annotationsAdded: seedAnalysis().entities.length + 3 });
    expect(await snapshot(target)).toEqual(await snapshot(db));
  });

  it('importing the same file twice merges by key: nothing duplicated', async () => {
    const { db } = await libraryWithSeed();
    const { content } = buildExport('json', await getSaved(db), NOW);
    const before = await snapshot(db);
    const result = await importLibrary(db, content);
    expect(result).toMatchObject({ created: 0, merged: 2, annotationsAdded: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it("merging keeps both libraries' reader notes and takes the newer automatic analysis", async () => {
    const { db, otherUrl } = await libraryWithSeed();
    const exported = JSON.parse(buildExport('json', await getSaved(db), NOW).content);
    // Another device re-analysed the second article later and added its own note.
    const other = exported.articles.find((s: { article: { url: string } }) => s.article.url === otherUrl);
    other.article.analyzedAt = 5000;
    other.article.title = 'Tiêu đề mới';
    other.annotations = other.annotations.filter((a: AnnotationRecord) => a.source === 'auto' && a.type === 'LOCATION');
    other.annotations.push(userNote(0, 'ghi chú từ máy khác'));
    const result = await importLibrary(db, JSON.stringify(exported));
    expect(result.created).toBe(0);
    const saved = await getByUrl(db, otherUrl);
    expect(saved?.article.title).toBe('Tiêu đề mới');
    expect(saved?.article.createdAt).toBe(2000);
    expect(saved?.annotations.filter((a) => a.source === 'auto').map((a) => a.type)).toEqual(['LOCATION']);
    expect(saved?.annotations.filter((a) => a.source === 'user').map((a) => a.note).sort()).toEqual([
      'ghi chú từ máy khác',
      'số liệu cần đối chiếu',
    ]);
    // The seed article in the file is not newer: kept exactly as it was.
    expect((await getByUrl(db, SEED_URL))?.annotations).toHaveLength(seedAnalysis().entities.length);
  });

  const cases: [string, (f: any) => unknown, RegExp][] = [
    ['not JSON', () => '{"schemaVersion": 1, articles: [', /không phải JSON hợp lệ.*not valid JSON/],
    ['some other JSON', () => ({ hello: 'world' }), /schemaVersion: thiếu/],
    ['a newer schema', (f) => ({ ...f, schemaVersion: 2 }), /schemaVersion: phiên bản 2 do bản Soi Tin mới hơn/],
    ['articles not a list', (f) => ({ ...f, articles: {} }), /articles: cần một danh sách/],
    ['an unknown entity type', (f) => (f.articles[0].annotations[0].type = 'WEAPON', f), /articles\[0\]\.annotations\[0\]\.type: loại "WEAPON"/],
    ['a javascript: URL', (f) => (f.articles[1].article.url = 'javascript:alert(1)', f), /articles\[1\]\.article\.url: cần một địa chỉ http\(s\)/],
    ['a javascript: canonical URL', (f) => (f.articles[0].article.canonicalUrl = 'javascript:alert(1)', f), /articles\[0\]\.article\.canonicalUrl: cần một địa chỉ http\(s\)/],
    ['a negative offset', (f) => (f.articles[0].annotations[2].selectors[1].start = -4, f), /articles\[0\]\.annotations\[2\]\.selectors\[1\]\.start/],
    ['a missing text', (f) => (delete f.articles[0].article.text, f), /articles\[0\]\.article\.text: cần một chuỗi/],
  ];
  it.each(cases)('rejects %s with a message naming the problem, leaving the library untouched', async (_name, mutate, message) => {
    const { db } = await libraryWithSeed();
    const good = JSON.parse(buildExport('json', await getSaved(db), NOW).content);
    const bad = mutate(good);
    const content = typeof bad === 'string' ? bad : JSON.stringify(bad);
    const before = await snapshot(db);
    await expect(importLibrary(db, content)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failure while writing the import leaves the library as it was', async () => {
    const { db } = await libraryWithSeed();
    const { content } = buildExport('json', await getSaved(db), NOW);
    const target = freshDb();
    const a = tinyInput('Bài có sẵn.', [], { url: 'https://a.vn/co-san.html' });
    await saveAnalysis(target, a.article, a.analysis);
    // Let the first article through, fail on the second: the first must be rolled back too.
    const put = target.summaries.put.bind(target.summaries);
    let calls = 0;
    const spy = vi
      .spyOn(target.summaries, 'put')
      .mockImplementation(((...args: Parameters<typeof put>) => (++calls > 1 ? Promise.reject(new Error('boom')) : put(...args))) as never);
    await expect(importLibrary(target, content)).rejects.toThrow(/Không nhập tệp được/);
    spy.mockRestore();
    expect((await list(target)).map((r) => r.url)).toEqual(['https://a.vn/co-san.html']);
    expect(await target.annotations.count()).toBe(0);
  });
});
