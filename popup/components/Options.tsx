// Options: how many sentences the summary keeps (stored through the platform; used by the next
// analysis), and, as text in the reader's language, the keyboard shortcuts and the right-click menu.
import { useState } from 'preact/hooks';
import { SUMMARY_MAX, SUMMARY_MIN, useOptions } from '../hooks';
import { SHORTCUTS } from '../shortcuts';
import { useT } from '../i18n';
import { Notice } from './Notice';

export function Options() {
  const t = useT();
  const { options, error, save } = useOptions();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  if (error) return <Notice kind="error">{t.options.loadFailed(error)}</Notice>;
  if (!options) return <Notice>{t.options.loading}</Notice>;

  const onLength = async (raw: string) => {
    const n = Math.round(Number(raw));
    if (!Number.isFinite(n)) return;
    const summaryLength = Math.min(SUMMARY_MAX, Math.max(SUMMARY_MIN, n));
    const err = await save({ summaryLength });
    setStatus(err ? { kind: 'error', text: t.options.saveFailed(err) } : { kind: 'success', text: t.options.saved });
  };

  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <label for="summary-length">{t.options.summaryLength}</label>
      <div class="options__row">
        <input
          id="summary-length"
          type="range"
          min={SUMMARY_MIN}
          max={SUMMARY_MAX}
          step={1}
          value={options.summaryLength}
          aria-valuetext={t.options.sentences(options.summaryLength)}
          onChange={(e) => void onLength((e.currentTarget as HTMLInputElement).value)}
        />
        <output for="summary-length">{options.summaryLength}</output>
      </div>
      <p class="hint">{t.options.appliesNext}</p>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <h3>{t.options.shortcuts}</h3>
      <ul class="shortcuts">
        {SHORTCUTS.map((s) => (
          <li key={s.command}>
            <kbd>{s.keys}</kbd> {t.options.does[s.command]}
          </li>
        ))}
      </ul>
      <p class="hint">{t.options.rebind}</p>
      <p class="hint">{t.options.menu}</p>
    </form>
  );
}
