// Saves a generated export as a file: Blob + <a download>, no extension download permission needed.
import type { ExportFile } from '../src/core/export';

/**
 * Delay before the object URL is revoked. Revoking in the same task as click() can cancel the download
 * in some browsers; one macrotask later the browser already holds its own reference.
 */
const REVOKE_DELAY_MS = 1000;

export type { ExportFile };

/** Starts a download of `file` from the current document. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const blob = new Blob([file.content], { type: file.mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
