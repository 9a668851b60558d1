// Import a JSON export made by Soi Tin (this or another browser). The background validates the file;
// its error message is shown as it comes back.
import { useState } from 'preact/hooks';
import { platform } from '../../src/platform';
import type { ImportResult } from '../../src/shared/records';
import { errorText } from '../errors';
import { useT, type Messages } from '../i18n';
import { Notice } from './Notice';

/** Files larger than this are refused before reading: a whole-library export is a few MB at most. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function ImportButton(props: { onImported: () => void }) {
  const t = useT();
  const [status, setStatus] = useState<{ kind: 'error' | 'success' | 'info'; text: string } | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: t.import.tooLarge });
      return;
    }
    setStatus({ kind: 'info', text: t.import.busy });
    try {
      const content = await file.text();
      const r = await platform.sendMessage<ImportResult>({ type: 'import', content });
      setStatus({ kind: 'success', text: importSummary(r, t) });
      props.onImported();
    } catch (e) {
      setStatus({ kind: 'error', text: t.import.failed(errorText(e)) });
    }
  };

  return (
    <div class="import">
      <label class="button">
        {t.import.button}
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          aria-label={t.import.inputLabel}
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </div>
  );
}

/** "Đã nhập 3 bài (2 bài mới, 1 bài gộp), thêm 41 chú thích." */
function importSummary(r: ImportResult | null | undefined, t: Messages): string {
  if (!r || typeof r.articles !== 'number') return t.import.done;
  return t.import.summary(r);
}
