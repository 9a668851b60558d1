// The figures of the article (money, percentages, dates, periods, quantities, ordinals) in article order,
// with their normalised values in Vietnamese notation. A figure's text jumps to it in the page.
import { formatValue, TYPE_STYLES } from '../../src/core/format';
import { FIGURE_TYPES, type Span } from '../../src/core/types';
import { useT } from '../i18n';

export function FiguresTable(props: { spans: Span[]; onSelect: (s: Span) => void }) {
  const t = useT();
  const figures = props.spans.filter((s) => FIGURE_TYPES.includes(s.type)).sort((a, b) => a.start - b.start);
  if (figures.length === 0) return <p class="empty">{t.figures.empty}</p>;
  return (
    <table class="figures">
      <caption class="visually-hidden">{t.figures.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.figures.inText}</th>
          <th scope="col">{t.figures.type}</th>
          <th scope="col">{t.figures.value}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((s) => (
          <tr key={`${s.type}-${s.start}`} data-type={s.type}>
            <td>
              <button type="button" class="link" title={t.figures.scrollTo} onClick={() => props.onSelect(s)}>
                {s.qualifier ? `${s.qualifier} ${s.text}` : s.text}
              </button>
            </td>
            <td>
              <span class="swatch" style={{ '--chip-color': TYPE_STYLES[s.type].color }} aria-hidden="true" />
              {t.type(s.type)}
            </td>
            <td class="figures__value">{formatValue(s) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
