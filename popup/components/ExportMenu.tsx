// Export one article, a chosen set (ids given) or the whole library (ids omitted) in a chosen format,
// as a download.
import { useState } from 'preact/hooks';
import { platform } from '../../src/platform';
import type { ExportFormat } from '../../src/shared/messages';
import { downloadFile, type ExportFile } from '../download';
import { errorText } from '../errors';
import { useT } from '../i18n';
import { Notice } from './Notice';

/** Short labels keep the menu narrow in the 400 px popup; the hint (per language, see i18n) says what each format is for. */
export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
  { format: 'webanno', label: 'Web Annotation' },
];

let menuCounter = 0;

export function ExportMenu(props: { ids?: number[]; label?: string; disabled?: boolean }) {
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selectId] = useState(() => `export-format-${++menuCounter}`);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const msg = props.ids ? { type: 'export' as const, format, ids: props.ids } : { type: 'export' as const, format };
      const file = await platform.sendMessage<ExportFile>(msg);
      if (!file || typeof file.content !== 'string' || !file.filename) throw new Error(t.export.invalid);
      downloadFile(file);
    } catch (e) {
      setError(t.export.failed(errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export">
      <label for={selectId} class="visually-hidden">
        {t.export.format}
      </label>
      <select id={selectId} value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
        {EXPORT_FORMATS.map((f) => (
          <option key={f.format} value={f.format} title={t.export.hints[f.format]}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={run} disabled={busy || props.disabled} aria-busy={busy}>
        {props.label ?? t.export.run}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
