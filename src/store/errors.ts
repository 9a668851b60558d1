// IndexedDB failures turned into sentences a reader can act on (Vietnamese first, English after), with
// the original error kept as `cause` for the console.

/** Error names that mean the browser refused to store more (Dexie keeps the DOMException's name). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

export type StoreAction = 'save' | 'read' | 'delete' | 'import';

const ACTION_TEXT: Record<StoreAction, { vi: string; en: string }> = {
  save: { vi: 'lưu bài viết', en: 'save the article' },
  read: { vi: 'đọc thư viện', en: 'read the library' },
  delete: { vi: 'xóa bài viết', en: 'delete the article' },
  import: { vi: 'nhập tệp', en: 'import the file' },
};

export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { name?: unknown; inner?: unknown };
  // Dexie wraps some failures (an AbortError whose real cause is in `inner`).
  const inner = err.inner && typeof err.inner === 'object' ? (err.inner as { name?: unknown }).name : undefined;
  return QUOTA_NAMES.has(String(err.name)) || QUOTA_NAMES.has(String(inner));
}

/** Bad input from a caller (an analysis that does not fit its text, a malformed import): shown as is. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

/** The error the store throws when a transaction failed: clear text, original as `cause`. */
export function storageError(e: unknown, action: StoreAction): Error {
  if (e instanceof StoreInputError) return e;
  const what = ACTION_TEXT[action];
  if (isQuotaError(e)) {
    return new Error(
      `Bộ nhớ trình duyệt đã đầy: không ${what.vi} được. Hãy xóa bớt bài đã lưu (có thể xuất ra tệp trước) rồi thử lại. ` +
        `(Browser storage is full: could not ${what.en}. Delete some saved articles and try again.)`,
      { cause: e },
    );
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new Error(
    `Không ${what.vi} được; dữ liệu đã lưu trước đó vẫn nguyên vẹn. (Could not ${what.en}; nothing was changed. ${detail})`,
    { cause: e },
  );
}
