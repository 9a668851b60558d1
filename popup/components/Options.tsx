// Options: how many sentences the summary keeps (stored through the platform; used by the next
// analysis), and, as text, the keyboard shortcuts and the right-click menu.
import { useState } from 'preact/hooks';
import { SUMMARY_MAX, SUMMARY_MIN, useOptions } from '../hooks';
import { MENU_HINT, REBIND_HINT, SHORTCUTS } from '../shortcuts';
import { Notice } from './Notice';

export function Options() {
  const { options, error, save } = useOptions();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  if (error) return <Notice kind="error">Không đọc được tùy chọn: {error}</Notice>;
  if (!options) return <Notice>Đang tải tùy chọn…</Notice>;

  const onLength = async (raw: string) => {
    const n = Math.round(Number(raw));
    if (!Number.isFinite(n)) return;
    const summaryLength = Math.min(SUMMARY_MAX, Math.max(SUMMARY_MIN, n));
    const err = await save({ summaryLength });
    setStatus(err ? { kind: 'error', text: `Không lưu được: ${err}` } : { kind: 'success', text: 'Đã lưu.' });
  };

  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <label for="summary-length">Số câu tóm tắt</label>
      <div class="options__row">
        <input
          id="summary-length"
          type="range"
          min={SUMMARY_MIN}
          max={SUMMARY_MAX}
          step={1}
          value={options.summaryLength}
          aria-valuetext={`${options.summaryLength} câu`}
          onChange={(e) => void onLength((e.currentTarget as HTMLInputElement).value)}
        />
        <output for="summary-length">{options.summaryLength}</output>
      </div>
      <p class="hint">Áp dụng cho các lần phân tích sau (tải lại trang để thấy thay đổi).</p>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <h3>Phím tắt</h3>
      <ul class="shortcuts">
        {SHORTCUTS.map((s) => (
          <li key={s.command}>
            <kbd>{s.keys}</kbd> {s.does}
          </li>
        ))}
      </ul>
      <p class="hint">{REBIND_HINT}</p>
      <p class="hint">{MENU_HINT}</p>
    </form>
  );
}
