// "Ghi chú của bạn": the reader's own highlights and notes on this article, in article order. A found
// one scrolls the page to it; an orphan (its words were not found on the page any more) is listed
// with its quote and note, marked as not found, and cannot be scrolled to. Any of them can be deleted
// here (orphans can only be deleted here), after an inline confirmation.
import { useState } from 'preact/hooks';
import type { UserAnnotationView } from '../../src/shared/records';

/** Shown for an orphan. */
export const ORPHAN_LABEL = 'không tìm thấy trên trang';

export function UserNotes(props: {
  notes: UserAnnotationView[];
  onSelect: (n: UserAnnotationView) => void;
  onDelete?: (n: UserAnnotationView) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<number | null>(null);
  if (props.notes.length === 0)
    return <p class="empty">Chưa có. Chọn một đoạn trong bài rồi bấm “Tô sáng” hoặc “Ghi chú”.</p>;
  return (
    <ul class="user-notes" aria-label="Ghi chú của bạn">
      {props.notes.map((n) => (
        <li key={n.id} class={n.orphan ? 'user-note user-note--orphan' : 'user-note'} data-id={n.id}>
          {n.orphan ? (
            <span class="user-note__quote">“{n.text}”</span>
          ) : (
            <button type="button" class="user-note__quote" title="Cuộn tới đoạn này trong bài" onClick={() => props.onSelect(n)}>
              “{n.text}”
            </button>
          )}
          {n.note && <p class="user-note__text">{n.note}</p>}
          {n.orphan && <p class="user-note__orphan">({ORPHAN_LABEL})</p>}
          {props.onDelete &&
            (confirming === n.id ? (
              <span class="confirm" role="group" aria-label="Xác nhận xóa ghi chú">
                Xóa ghi chú này?{' '}
                <button type="button" class="danger" onClick={() => void props.onDelete!(n).finally(() => setConfirming(null))}>
                  Xóa
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  Hủy
                </button>
              </span>
            ) : (
              <button type="button" class="user-note__delete" aria-label={`Xóa ghi chú “${n.text}”`} onClick={() => setConfirming(n.id)}>
                Xóa
              </button>
            ))}
        </li>
      ))}
    </ul>
  );
}
