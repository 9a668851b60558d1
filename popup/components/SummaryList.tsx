// The extractive summary, in article order. Each sentence is a button: the page scrolls to it and flashes.
import type { SummarySentence } from '../../src/core/types';
import { useT } from '../i18n';

export function SummaryList(props: { sentences: SummarySentence[]; onSelect: (s: SummarySentence) => void }) {
  const t = useT();
  if (props.sentences.length === 0) return <p class="empty">{t.summary.empty}</p>;
  return (
    <ol class="summary" aria-label={t.summary.list}>
      {props.sentences.map((s) => (
        <li key={`${s.start}-${s.end}`}>
          <button
            type="button"
            class="summary__sentence"
            data-start={s.start}
            data-end={s.end}
            title={t.summary.scrollTo}
            onClick={() => props.onSelect(s)}
          >
            {s.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
