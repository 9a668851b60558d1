// Export one article (ids given) or the whole library (ids omitted) in a chosen format, as a download.
import { useState } from 'preact/hooks';
import { platform } from '../../src/platform';
import type { ExportFormat } from '../../src/shared/messages';
import { downloadFile, type ExportFile } from '../download';
import { errorText } from '../errors';
import { Notice } from './Notice';

/** Short labels keep the menu narrow in the 400 px popup; the hint says what each format is for. */
export const EXPORT_FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'Sao lưu đầy đủ, nhập lại được' },
  { format: 'csv', label: 'CSV', hint: 'Mở bằng Excel' },
  { format: 'md', label: 'Markdown', hint: 'Văn bản đọc được' },
  { format: 'webanno', label: 'Web Annotation', hint: 'Chuẩn W3C Web Annotation (JSON-LD)' },
];

let menuCounter = 0;

export function ExportMenu(props: { ids?: number[]; label?: string }) {
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
      if (!file || typeof file.content !== 'string' || !file.filename) throw new Error('Nhận được tệp xuất không hợp lệ.');
      downloadFile(file);
    } catch (e) {
      setError(`Không xuất được: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export">
      <label for={selectId} class="visually-hidden">
        Định dạng xuất
      </label>
      <select id={selectId} value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
        {EXPORT_FORMATS.map((f) => (
          <option key={f.format} value={f.format} title={f.hint}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={run} disabled={busy} aria-busy={busy}>
        {props.label ?? 'Xuất'}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
