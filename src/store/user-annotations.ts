// The reader's own highlights and notes ('user' annotations): add, edit, delete, and re-anchor them on
// the article's current text. They survive re-analysis (saveAnalysis only replaces 'auto' annotations);
// when the text changed, anchor() finds their words again or declares them orphans — kept in the store,
// listed in the popup, never painted on other words.
import { anchor, describeRange, type AnchorResult } from '../core/anchoring';
import { USER_TYPE, type AnnotationRecord, type UserAnnotationView } from '../shared/records';
import type { SoiTinDb } from './db';
import { StoreInputError, storageError } from './errors';

/** Longest note kept: a note is a remark on a passage, not a document (and the popup shows it whole). */
export const MAX_NOTE_LEN = 5000;

function cleanNote(note: unknown): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note !== 'string') throw new StoreInputError('Ghi chú phải là văn bản. (The note must be text.)');
  const trimmed = note.trim();
  if (trimmed.length > MAX_NOTE_LEN)
    throw new StoreInputError(`Ghi chú dài quá ${MAX_NOTE_LEN} ký tự. (The note is longer than ${MAX_NOTE_LEN} characters.)`);
  return trimmed || undefined;
}

/** The view of a stored annotation placed by `found` (null: an orphan, shown at its last known offsets). */
export function userView(a: AnnotationRecord, found: AnchorResult | null): UserAnnotationView {
  const [quote, pos] = a.selectors;
  return {
    id: a.id as number,
    text: quote.exact,
    ...(a.note ? { note: a.note } : {}),
    start: found ? found.start : pos.start,
    end: found ? found.end : pos.end,
    orphan: !found,
  };
}

/**
 * Re-anchors every user annotation of an article on `text` (the article's text as just saved) and
 * stores what moved. Must run inside a read-write transaction over `annotations` (saveAnalysis does).
 * An exact re-anchoring refreshes both selectors (new offsets, new context) so the next visit takes the
 * fast path; a fuzzy one updates only the position and keeps the quote: the reader's own words stay the
 * reference, and a later edit is measured against them rather than drifting step by step.
 */
export async function reanchorUserAnnotations(db: SoiTinDb, articleId: number, text: string): Promise<UserAnnotationView[]> {
  const users = await db.annotations.where('articleId').equals(articleId).and((a) => a.source === 'user').toArray();
  const views: UserAnnotationView[] = [];
  for (const a of users) {
    const found = anchor(text, a.selectors);
    const [, pos] = a.selectors;
    if (found && a.id !== undefined && (found.start !== pos.start || found.end !== pos.end || found.strategy === 'quote-exact')) {
      const selectors: AnnotationRecord['selectors'] =
        found.strategy === 'quote-fuzzy'
          ? [a.selectors[0], { type: 'TextPositionSelector', start: found.start, end: found.end }]
          : describeRange(text, found.start, found.end);
      await db.annotations.update(a.id, { selectors });
    }
    views.push(userView(a, found));
  }
  return views.sort((x, y) => x.start - y.start || x.end - y.end);
}

export interface NewUserAnnotation {
  articleId: number;
  start: number;
  end: number;
  /** The text the reader selected: must equal the stored article text at [start, end). */
  exact: string;
  note?: string;
}

/**
 * Stores a reader highlight (with an optional note) on a saved article. The same range highlighted
 * again updates the existing annotation's note instead of stacking a second one.
 */
export async function addUserAnnotation(db: SoiTinDb, req: NewUserAnnotation): Promise<UserAnnotationView> {
  const { articleId, start, end, exact } = req;
  if (!Number.isInteger(articleId) || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start)
    throw new StoreInputError('Vùng chọn không hợp lệ. (Invalid selection.)');
  if (typeof exact !== 'string' || !exact.trim()) throw new StoreInputError('Vùng chọn trống. (Empty selection.)');
  const note = cleanNote(req.note);
  try {
    return await db.transaction('rw', db.articles, db.annotations, async () => {
      const article = await db.articles.get(articleId);
      if (!article) throw new StoreInputError('Bài viết chưa được lưu. (The article is not saved.)');
      if (end > article.text.length || article.text.slice(start, end) !== exact)
        throw new StoreInputError(
          'Bài viết đã thay đổi từ lần phân tích trước; hãy tải lại trang rồi chọn lại. (The article changed since it was analysed; reload and select again.)',
        );
      const same = await db.annotations
        .where('articleId')
        .equals(articleId)
        .and((a) => a.source === 'user' && a.selectors[1].start === start && a.selectors[1].end === end)
        .first();
      if (same?.id !== undefined) {
        const updated: AnnotationRecord = { ...same, note };
        if (note === undefined) delete updated.note;
        await db.annotations.put(updated);
        return userView(updated, { start, end, strategy: 'position', score: 1 });
      }
      const rec: AnnotationRecord = {
        articleId,
        type: USER_TYPE,
        text: exact,
        source: 'user',
        ...(note ? { note } : {}),
        anchor: 'quote+position/v1',
        selectors: describeRange(article.text, start, end),
      };
      const id = (await db.annotations.add(rec)) as number;
      return userView({ ...rec, id }, { start, end, strategy: 'position', score: 1 });
    });
  } catch (e) {
    throw storageError(e, 'save');
  }
}

/** Replaces the note of a reader annotation ('' or blank removes the note, keeping the highlight). */
export async function updateUserNote(db: SoiTinDb, id: number, note: string): Promise<UserAnnotationView> {
  const cleaned = cleanNote(note);
  try {
    return await db.transaction('rw', db.annotations, async () => {
      const a = await db.annotations.get(id);
      if (!a || a.source !== 'user') throw new StoreInputError('Không tìm thấy ghi chú này. (No such note.)');
      const updated: AnnotationRecord = { ...a, note: cleaned };
      if (cleaned === undefined) delete updated.note;
      await db.annotations.put(updated);
      const [, pos] = a.selectors;
      return userView(updated, { start: pos.start, end: pos.end, strategy: 'position', score: 1 });
    });
  } catch (e) {
    throw storageError(e, 'save');
  }
}

/** Deletes a reader annotation (automatic ones are not the reader's to delete). False when there was none. */
export async function deleteUserAnnotation(db: SoiTinDb, id: number): Promise<boolean> {
  try {
    return await db.transaction('rw', db.annotations, async () => {
      const a = await db.annotations.get(id);
      if (!a || a.source !== 'user') return false;
      await db.annotations.delete(id);
      return true;
    });
  } catch (e) {
    throw storageError(e, 'delete');
  }
}
