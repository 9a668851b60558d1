// The figures of the article (money, percentages, dates, periods, quantities, ordinals) in article order,
// with their normalised values in Vietnamese notation. A figure's text jumps to it in the page.
import { formatValue, TYPE_STYLES } from '../../src/core/format';
import { FIGURE_TYPES, type Span } from '../../src/core/types';

export function FiguresTable(props: { spans: Span[]; onSelect: (s: Span) => void }) {
  const figures = props.spans.filter((s) => FIGURE_TYPES.includes(s.type)).sort((a, b) => a.start - b.start);
  if (figures.length === 0) return <p class="empty">Không có số liệu.</p>;
  return (
    <table class="figures">
      <caption class="visually-hidden">Số liệu trong bài</caption>
      <thead>
        <tr>
          <th scope="col">Trong bài</th>
          <th scope="col">Loại</th>
          <th scope="col">Giá trị</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((s) => (
          <tr key={`${s.type}-${s.start}`} data-type={s.type}>
            <td>
              <button type="button" class="link" title="Cuộn tới số liệu này" onClick={() => props.onSelect(s)}>
                {s.qualifier ? `${s.qualifier} ${s.text}` : s.text}
              </button>
            </td>
            <td>
              <span class="swatch" style={{ '--chip-color': TYPE_STYLES[s.type].color }} aria-hidden="true" />
              {TYPE_STYLES[s.type].label}
            </td>
            <td class="figures__value">{formatValue(s) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
