// "Ghi chú của bạn": the reader's own highlights and notes on this article, in article order. A found
// one scrolls the page to it; an orphan (its words were not found on the page any more) is listed
// with its quote and note, marked as not found, and cannot be scrolled to. Any of them can be deleted
// here (orphans can only be deleted here), after an inline confirmation.
import { useState } from 'preact/hooks';
import type { UserAnnotationView } from '../../src/shared/records';
import { MESSAGES, useT } from '../i18n';

/** Shown for an orphan. */
export const ORPHAN_LABEL = MESSAGES.vi.notes.orphan;

export function UserNotes(props: {
  notes: UserAnnotationView[];
  onSelect: (n: UserAnnotationView) => void;
  onDelete?: (n: UserAnnotationView) => Promise<void>;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState<number | null>(null);
  if (props.notes.length === 0)
    return <p class="empty">{t.notes.empty}</p>;
  return (
    <ul class="user-notes" aria-label={t.notes.list}>
      {props.notes.map((n) => (
        <li key={n.id} class={n.orphan ? 'user-note user-note--orphan' : 'user-note'} data-id={n.id}>
          {n.orphan ? (
            <span class="user-note__quote">“{n.text}”</span>
          ) : (
            <button type="button" class="user-note__quote" title={t.notes.scrollTo} onClick={() => props.onSelect(n)}>
              “{n.text}”
            </button>
          )}
          {n.note && <p class="user-note__text">{n.note}</p>}
          {n.orphan && <p class="user-note__orphan">({t.notes.orphan})</p>}
          {props.onDelete &&
            (confirming === n.id ? (
              <span class="confirm" role="group" aria-label={t.notes.confirmGroup}>
                {t.notes.confirm}{' '}
                <button type="button" class="danger" onClick={() => void props.onDelete!(n).finally(() => setConfirming(null))}>
                  {t.notes.delete}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  {t.notes.cancel}
                </button>
              </span>
            ) : (
              <button type="button" class="user-note__delete" aria-label={t.notes.deleteLabel(n.text)} onClick={() => setConfirming(n.id)}>
                {t.notes.delete}
              </button>
            ))}
        </li>
      ))}
    </ul>
  );
}
