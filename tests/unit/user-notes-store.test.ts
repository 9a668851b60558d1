// The reader's own highlights and notes in the store and the background: stored with selectors, kept
// through a re-save with changed text and re-anchored on it (or kept as orphans), counted in the library,
// and present in every export.
import 'fake-indexeddb/auto';
import { createHandlers } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import { buildExport, parseLibraryFile } from '../../src/core/export';
import { DEFAULT_OPTIONS } from '../../src/platform/options';
import type { UserAnnotationView } from '../../src/shared/records';
import { getByUrl, importLibrary, list, saveAnalysis, getSaved } from '../../src/store';
import { SEED_TEXT, freshDb, seedAnalysis, seedArticle, tinyInput } from './store-helpers';

function setup() {
  const db = freshDb();
  const platform = {
    storage: { getOptions: async () => ({ ...DEFAULT_OPTIONS }), setOptions: async () => ({ ...DEFAULT_OPTIONS }) },
    action: { setBadge: async () => {} },
    scripting: { injectContentScript: async () => {} },
  };
  const route = createRouter(createHandlers({ db, platform, analyze: () => seedAnalysis() }));
  /** Like platform.sendMessage: an {error} reply becomes a rejection. */
  const send = async <T>(msg: unknown): Promise<T> => {
    const reply = (await route(msg, {})) as T | { error: string };
    if (reply && typeof reply === 'object' && 'error' in reply) throw new Error((reply as { error: string }).error);
    return reply as T;
  };
  return { db, send };
}

const phrase = (text: string, p: string) => {
  const start = text.indexOf(p);
  if (start < 0) throw new Error(`missing "${p}"`);
  return { start, end: start + p.length, exact: p };
};

describe('reader annotations through the background', () => {
  it('stores a highlight and a note with quote + position selectors, edits and deletes them', async () => {
    const { db, send } = setup();
    const { articleId } = await saveAnalysis(db, seedArticle(), seedAnalysis());
    const money = phrase(SEED_TEXT, '243 tỷ 609 triệu đồng');
    const note = await send<UserAnnotationView>({ type: 'addUserAnnotation', articleId, ...money, note: '  đối chiếu với dự toán  ' });
    expect(note).toMatchObject({ text: money.exact, note: 'đối chiếu với dự toán', start: money.start, end: money.end, orphan: false });
    const plain = await send<UserAnnotationView>({ type: 'addUserAnnotation', articleId, ...phrase(SEED_TEXT, 'Tống Sơn') });
    expect(plain.note).toBeUndefined();

    const stored = await db.annotations.get(note.id);
    expect(stored).toMatchObject({ source: 'user', type: 'USER', anchor: 'quote+position/v1', note: 'đối chiếu với dự toán' });
    const [quote, pos] = stored!.selectors;
    expect(quote.exact).toBe(money.exact);
    expect(SEED_TEXT.slice(pos.start - quote.prefix.length, pos.start)).toBe(quote.prefix);
    expect(quote.prefix.length).toBe(32);

    // The same range again updates the note instead of stacking a second highlight.
    await send({ type: 'addUserAnnotation', articleId, ...money, note: 'đã đối chiếu' });
    expect((await db.annotations.where('articleId').equals(articleId).and((a) => a.source === 'user').toArray()).map((a) => a.note ?? '')).toEqual([
      'đã đối chiếu',
      '',
    ]);

    expect(await send({ type: 'updateUserAnnotation', id: plain.id, note: 'xã mới' })).toMatchObject({ id: plain.id, note: 'xã mới' });
    expect(await send({ type: 'deleteUserAnnotation', id: plain.id })).toEqual({ deleted: true });
    expect(await db.annotations.get(plain.id)).toBeUndefined();
    // Automatic annotations are not the reader's to delete.
    const auto = (await db.annotations.where('articleId').equals(articleId).and((a) => a.source === 'auto').first())!;
    expect(await send({ type: 'deleteUserAnnotation', id: auto.id })).toEqual({ deleted: false });
  });

  it('refuses a selection that does not match the stored text', async () => {
    const { db, send } = setup();
    const { articleId } = await saveAnalysis(db, seedArticle(), seedAnalysis());
    const p = phrase(SEED_TEXT, 'Tống Sơn');
    await expect(send({ type: 'addUserAnnotation', articleId, ...p, exact: 'Hà Trung' })).rejects.toThrow(/đã thay đổi/);
    await expect(send({ type: 'addUserAnnotation', articleId, start: 5, end: 5, exact: '' })).rejects.toThrow(/không hợp lệ/);
    await expect(send({ type: 'addUserAnnotation', articleId: 999, ...p })).rejects.toThrow(/chưa được lưu/);
    expect(await db.annotations.filter((a) => a.source === 'user').count()).toBe(0);
  });
});

describe('re-anchoring on a re-save', () => {
  const v1 = 'Xã Hà Trung thu ngân sách 243 tỷ đồng trong năm 2025.\n\nXã Tống Sơn đạt 120 tỷ đồng.\n\nHai xã cùng tăng thu.';

  it('keeps notes through a re-save with changed text, moves them with their words, and orphans the vanished ones', async () => {
    const { db, send } = setup();
    const first = tinyInput(v1, [[0, 11, 'LOCATION']]);
    const { articleId } = await saveAnalysis(db, first.article, first.analysis);
    const a = await send<UserAnnotationView>({ type: 'addUserAnnotation', articleId, ...phrase(v1, '243 tỷ đồng'), note: 'số lớn' });
    const b = await send<UserAnnotationView>({ type: 'addUserAnnotation', articleId, ...phrase(v1, 'Xã Tống Sơn đạt 120 tỷ đồng'), note: 'đoạn sẽ bị xóa' });
    const c = await send<UserAnnotationView>({ type: 'addUserAnnotation', articleId, ...phrase(v1, 'Hai xã cùng tăng thu') });

    // The site edits the article: a new lead paragraph, the Tống Sơn paragraph gone, a word changed.
    const v2 = 'Bài viết đã được cập nhật thêm thông tin mới.\n\nXã Hà Trung thu ngân sách 243 tỷ đồng trong năm 2025.\n\nHai xã cùng tăng thu mạnh.';
    const second = tinyInput(v2, [[47, 58, 'LOCATION']]);
    const r = await saveAnalysis(db, second.article, second.analysis);
    expect(r.changed).toBe(true);
    const views = new Map(r.userAnnotations!.map((v) => [v.id, v]));
    const moved = phrase(v2, '243 tỷ đồng');
    expect(views.get(a.id)).toMatchObject({ orphan: false, start: moved.start, end: moved.end, note: 'số lớn' });
    expect(views.get(b.id)).toMatchObject({ orphan: true, note: 'đoạn sẽ bị xóa' });
    expect(views.get(c.id)).toMatchObject({ orphan: false, start: v2.indexOf('Hai xã') });

    // Stored positions follow the text (next visit takes the fast path); the orphan is still stored.
    const saved = await getByUrl(db, second.article.url);
    const stored = new Map(saved!.annotations.filter((x) => x.source === 'user').map((x) => [x.id, x]));
    const posA = stored.get(a.id)!.selectors[1];
    expect(v2.slice(posA.start, posA.end)).toBe('243 tỷ đồng');
    expect(stored.get(b.id)?.note).toBe('đoạn sẽ bị xóa');
    expect(saved!.annotations.filter((x) => x.source === 'auto')).toHaveLength(1);

    // A plain revisit re-anchors by position and changes nothing.
    const again = await saveAnalysis(db, second.article, second.analysis);
    expect(again.changed).toBe(false);
    expect(again.userAnnotations).toEqual(r.userAnnotations);
  });

  it('counts the reader annotations in the library and includes them in every export', async () => {
    const { db, send } = setup();
    const first = tinyInput(v1, [[0, 11, 'LOCATION']]);
    const { articleId } = await saveAnalysis(db, first.article, first.analysis);
    await send({ type: 'addUserAnnotation', articleId, ...phrase(v1, '243 tỷ đồng'), note: 'số lớn' });
    await send({ type: 'addUserAnnotation', articleId, ...phrase(v1, 'Hai xã cùng tăng thu') });

    const [row] = await list(db);
    expect(row).toMatchObject({ annotationCount: 3, userAnnotationCount: 2 });

    const saved = await getSaved(db);
    const anno = JSON.parse(buildExport('webanno', saved).content).first.items;
    const byText = (t: string) => anno.find((x: any) => x.target.selector[0].exact === t);
    expect(byText('243 tỷ đồng')).toMatchObject({ motivation: 'commenting', body: [{ value: 'số lớn', purpose: 'commenting' }] });
    expect(byText('Hai xã cùng tăng thu').motivation).toBe('highlighting');
    expect(byText('Hai xã cùng tăng thu').body).toBeUndefined();

    const csv = buildExport('csv', saved).content;
    expect(csv).toContain(',USER,243 tỷ đồng,');
    expect(csv).toContain(',user,số lớn');
    const md = buildExport('md', saved).content;
    expect(md).toContain('- “243 tỷ đồng”: số lớn');
    expect(md).toContain('- “Hai xã cùng tăng thu”');

    // The JSON file round-trips the USER type into another library.
    const json = buildExport('json', saved).content;
    expect(parseLibraryFile(json).articles[0].annotations.filter((x) => x.type === 'USER')).toHaveLength(2);
    const other = freshDb();
    expect(await importLibrary(other, json)).toMatchObject({ created: 1, annotationsAdded: 3 });
    expect((await list(other))[0].userAnnotationCount).toBe(2);
  });
});
