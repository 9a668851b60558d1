import 'fake-indexeddb/auto'; // before Dexie loads: it looks up indexedDB once
import { deleteArticle, getByUrl, getSaved, list, saveAnalysis } from '../../src/store';
import type { AnnotationRecord } from '../../src/shared/records';
import { SEED_TEXT, SEED_URL, freshDb, seedAnalysis, seedArticle, tinyInput } from './store-helpers';

describe('saveAnalysis', () => {
  it('stores the article, one annotation per span with selectors, and the summary', async () => {
    const db = freshDb();
    const analysis = seedAnalysis();
    const r = await saveAnalysis(db, seedArticle(), analysis, 1000);
    expect(r).toEqual({ articleId: expect.any(Number), created: true, changed: false });
    const saved = await getByUrl(db, SEED_URL);
    expect(saved?.article.title).toMatch(/^Phó Bí thư/);
    expect(saved?.article.province).toBe('Thanh Hóa');
    expect(saved?.annotations).toHaveLength(analysis.entities.length);
    expect(saved?.summary).toEqual(analysis.summary);
    const money = saved!.annotations.find((a) => a.type === 'MONEY')!;
    expect(money).toMatchObject({ text: '243 tỷ 609 triệu đồng', value: 243609000000, currency: 'VND', qualifier: 'ước đạt', source: 'auto' });
    const [quote, pos] = money.selectors;
    expect(SEED_TEXT.slice(pos.start, pos.end)).toBe(quote.exact);
    expect(quote.prefix).toBe(SEED_TEXT.slice(pos.start - 32, pos.start));
    expect(quote.suffix).toBe(SEED_TEXT.slice(pos.end, pos.end + 32));
  });

  it('revisiting the same article with tracking parameters updates one record and replaces annotations', async () => {
    const db = freshDb();
    const first = await saveAnalysis(db, seedArticle(), seedAnalysis(), 1000);
    const again = await saveAnalysis(db, seedArticle({ url: SEED_URL + '?utm_source=facebook&fbclid=IwAR123#top' }), seedAnalysis(), 2000);
    expect(again).toEqual({ articleId: first.articleId, created: false, changed: false });
    expect(await db.articles.count()).toBe(1);
    expect(await db.annotations.count()).toBe(seedAnalysis().entities.length);
    expect(await db.summaries.count()).toBe(1);
    const [row] = await list(db);
    expect(row.analyzedAt).toBe(2000);
    expect(row.createdAt).toBe(1000);
  });

  it('identifies an article by its canonical URL across different page addresses', async () => {
    const db = freshDb();
    const canonicalUrl = 'https://baothanhhoa.vn/bai-goc-1.htm';
    const a = await saveAnalysis(db, seedArticle({ url: 'https://m.baothanhhoa.vn/bai-goc-1.htm', canonicalUrl }), seedAnalysis());
    const b = await saveAnalysis(db, seedArticle({ url: 'https://amp.baothanhhoa.vn/bai-goc-1.htm?zarsrc=30', canonicalUrl }), seedAnalysis());
    expect(b.articleId).toBe(a.articleId);
    expect(await db.articles.count()).toBe(1);
    // Found both from the canonical address and from the page the reader is on.
    expect((await getByUrl(db, canonicalUrl))?.article.id).toBe(a.articleId);
    expect((await getByUrl(db, 'https://amp.baothanhhoa.vn/bai-goc-1.htm?utm_medium=x'))?.article.id).toBe(a.articleId);
    expect(await getByUrl(db, 'https://baothanhhoa.vn/bai-khac.htm')).toBeNull();
  });

  it('reports changed=true when the text of a saved article changed', async () => {
    const db = freshDb();
    const v1 = tinyInput('Ông Lê Văn A nói hôm qua.', [[4, 12, 'PERSON']]);
    await saveAnalysis(db, v1.article, v1.analysis);
    const v2 = tinyInput('Ông Lê Văn A nói hôm nay, bản đã sửa.', [[4, 12, 'PERSON']]);
    const r = await saveAnalysis(db, v2.article, v2.analysis);
    expect(r.created).toBe(false);
    expect(r.changed).toBe(true);
    expect((await getByUrl(db, v2.article.url))?.article.text).toBe(v2.article.text);
  });

  it("keeps the reader's own annotations when automatic ones are replaced", async () => {
    const db = freshDb();
    const { article, analysis } = tinyInput('Xã Hà Trung thu 243 tỷ đồng.', [[0, 11, 'LOCATION'], [16, 27, 'MONEY']]);
    const { articleId } = await saveAnalysis(db, article, analysis);
    const user: AnnotationRecord = {
      articleId,
      type: 'MONEY',
      text: '243 tỷ đồng',
      source: 'user',
      note: 'kiểm tra lại số này',
      anchor: 'quote+position/v1',
      selectors: [
        { type: 'TextQuoteSelector', exact: '243 tỷ đồng', prefix: 'Xã Hà Trung thu ', suffix: '.' },
        { type: 'TextPositionSelector', start: 16, end: 27 },
      ],
    };
    await db.annotations.add(user);
    await saveAnalysis(db, article, { ...analysis, entities: analysis.entities.slice(0, 1) });
    const saved = await getByUrl(db, article.url);
    expect(saved?.annotations.map((a) => [a.source, a.type])).toEqual([
      ['auto', 'LOCATION'],
      ['user', 'MONEY'],
    ]);
    expect(saved?.annotations[1].note).toBe('kiểm tra lại số này');
  });

  it('refuses an analysis whose spans do not fit the text, writing nothing', async () => {
    const db = freshDb();
    const { article, analysis } = tinyInput('Xã Hà Trung.', [[0, 11, 'LOCATION']]);
    analysis.entities[0].text = 'xã Tống Sơn';
    await expect(saveAnalysis(db, article, analysis)).rejects.toThrow(/không khớp/);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('failures leave the previous version intact', () => {
  it('a write failing mid-transaction rolls back the article, its annotations and its summary', async () => {
    const db = freshDb();
    const v1 = tinyInput('Phiên bản một: xã Hà Trung.', [[15, 26, 'LOCATION']]);
    const { articleId } = await saveAnalysis(db, v1.article, v1.analysis, 1000);
    const before = await getByUrl(db, v1.article.url);

    const v2 = tinyInput('Phiên bản hai: xã Tống Sơn, huyện Hà Trung.', [[15, 26, 'LOCATION'], [28, 42, 'LOCATION']]);
    // The article row has already been rewritten and the old annotations deleted when this fails.
    const spy = vi.spyOn(db.annotations, 'bulkAdd').mockImplementationOnce((() => Promise.reject(new Error('disk I/O error'))) as never);
    await expect(saveAnalysis(db, v2.article, v2.analysis, 2000)).rejects.toThrow(/Không lưu bài viết được.*nguyên vẹn/);
    spy.mockRestore();

    const after = await getByUrl(db, v1.article.url);
    expect(after).toEqual(before);
    expect(after?.article.id).toBe(articleId);
    expect(after?.article.text).toBe('Phiên bản một: xã Hà Trung.');
    expect(after?.annotations.map((a) => a.text)).toEqual(['xã Hà Trung']);
  });

  it('a full disk gives a clear "storage is full" message and nothing half-written', async () => {
    const db = freshDb();
    const { article, analysis } = tinyInput('Xã Hà Trung.', [[0, 11, 'LOCATION']]);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(db.summaries, 'put').mockImplementationOnce((() => Promise.reject(quota)) as never);
    const err = await saveAnalysis(db, article, analysis).catch((e: Error) => e);
    spy.mockRestore();
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^Bộ nhớ trình duyệt đã đầy/);
    expect((err as Error).message).toMatch(/Browser storage is full/);
    expect(await db.articles.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('queries', () => {
  it('lists newest analysis first with annotation counts', async () => {
    const db = freshDb();
    const a = tinyInput('Bài A: xã Hà Trung.', [[7, 18, 'LOCATION']], { url: 'https://a.vn/a.html', title: 'A' });
    const b = tinyInput('Bài B.', [], { url: 'https://a.vn/b.html', title: 'B' });
    const c = tinyInput('Bài C.', [], { url: 'https://a.vn/c.html', title: 'C' });
    await saveAnalysis(db, a.article, a.analysis, 3000);
    await saveAnalysis(db, b.article, b.analysis, 1000);
    await saveAnalysis(db, c.article, c.analysis, 2000);
    const rows = await list(db);
    expect(rows.map((r) => r.title)).toEqual(['A', 'C', 'B']);
    expect(rows.map((r) => r.annotationCount)).toEqual([1, 0, 0]);
    // Re-analysing B moves it to the top.
    await saveAnalysis(db, b.article, b.analysis, 4000);
    expect((await list(db)).map((r) => r.title)).toEqual(['B', 'A', 'C']);
    expect((await getSaved(db)).map((s) => s.article.title)).toEqual(['B', 'A', 'C']);
  });

  it('getSaved(ids) returns just those articles with their annotations and summaries', async () => {
    const db = freshDb();
    const a = tinyInput('Bài A: xã Hà Trung.', [[7, 18, 'LOCATION']], { url: 'https://a.vn/a.html', title: 'A' });
    const b = tinyInput('Bài B.', [], { url: 'https://a.vn/b.html', title: 'B' });
    const { articleId } = await saveAnalysis(db, a.article, a.analysis);
    await saveAnalysis(db, b.article, b.analysis);
    const saved = await getSaved(db, [articleId, 9999]);
    expect(saved).toHaveLength(1);
    expect(saved[0].annotations.map((x) => x.text)).toEqual(['xã Hà Trung']);
    expect(saved[0].summary).toHaveLength(1);
  });

  it('delete cascades to annotations and summary and leaves other articles alone', async () => {
    const db = freshDb();
    const a = tinyInput('Bài A: xã Hà Trung.', [[7, 18, 'LOCATION']], { url: 'https://a.vn/a.html' });
    const b = tinyInput('Bài B: xã Tống Sơn.', [[7, 18, 'LOCATION']], { url: 'https://a.vn/b.html' });
    const ra = await saveAnalysis(db, a.article, a.analysis);
    const rb = await saveAnalysis(db, b.article, b.analysis);
    expect(await deleteArticle(db, ra.articleId)).toBe(true);
    expect(await deleteArticle(db, ra.articleId)).toBe(false);
    expect(await getByUrl(db, a.article.url)).toBeNull();
    expect(await db.annotations.where('articleId').equals(ra.articleId).count()).toBe(0);
    expect(await db.summaries.get(ra.articleId)).toBeUndefined();
    expect((await getByUrl(db, b.article.url))?.annotations).toHaveLength(1);
    expect(rb.articleId).not.toBe(ra.articleId);
  });
});

describe('database lifecycle', () => {
  it('closes for another connection that upgrades the schema, then reopens on the next query', async () => {
    const { default: Dexie } = await import('dexie');
    const db = freshDb();
    const { article, analysis } = tinyInput('Xã Hà Trung.', [[0, 11, 'LOCATION']]);
    await saveAnalysis(db, article, analysis);
    // A newer worker (or page) opens version 2 with an extra index: this must not be blocked by us.
    const newer = new Dexie(db.name);
    newer.version(1).stores({ articles: '++id, &key, pageKey, site, province, analyzedAt, createdAt', annotations: '++id, articleId, type, [articleId+type]', summaries: '&articleId' });
    newer.version(2).stores({ annotations: '++id, articleId, type, [articleId+type], source' });
    await newer.open();
    expect(newer.verno).toBe(2);
    expect(await newer.table('annotations').where('source').equals('auto').count()).toBe(1);
    newer.close();
    // Our connection was closed for the upgrade and reopens by itself.
    expect((await getByUrl(db, article.url))?.annotations).toHaveLength(1);
  });
});
