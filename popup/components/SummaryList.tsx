// The extractive summary, in article order. Each sentence is a button: the page scrolls to it and flashes.
import type { SummarySentence } from '../../src/core/types';

export function SummaryList(props: { sentences: SummarySentence[]; onSelect: (s: SummarySentence) => void }) {
  if (props.sentences.length === 0) return <p class="empty">Không có câu tóm tắt.</p>;
  return (
    <ol class="summary" aria-label="Các câu tóm tắt">
      {props.sentences.map((s) => (
        <li key={`${s.start}-${s.end}`}>
          <button
            type="button"
            class="summary__sentence"
            data-start={s.start}
            data-end={s.end}
            title="Cuộn tới câu này trong bài"
            onClick={() => props.onSelect(s)}
          >
            {s.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
