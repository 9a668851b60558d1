// The saved articles, newest first: open, export, delete (confirmed inline), plus export-all and import.
import { useState } from 'preact/hooks';
import { formatIsoDateVi } from '../../src/core/format';
import { platform } from '../../src/platform';
import { errorText } from '../errors';
import { useLibrary, type LibraryItem } from '../hooks';
import { ExportMenu } from './ExportMenu';
import { ImportButton } from './ImportButton';
import { Notice } from './Notice';

/** Opens a URL in a new tab (the popup stays usable; the full-tab library keeps its place). */
export function openUrl(url: string): Promise<void> {
  return platform.tabs.open(url);
}

export function Library(props: { showOpenFull?: boolean }) {
  const { view, reload, remove } = useLibrary();
  const [error, setError] = useState<string | null>(null);

  const open = (url: string) => openUrl(url).catch((e: unknown) => setError(`Không mở được: ${errorText(e)}`));

  return (
    <div class="library">
      <div class="toolbar">
        <ExportMenu label="Xuất tất cả" />
        <ImportButton onImported={() => void reload()} />
        {props.showOpenFull && (
          <button type="button" class="link" onClick={() => open(platform.runtimeUrl('popup/library.html'))}>
            Mở thư viện trong thẻ mới
          </button>
        )}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {view.kind === 'loading' && <Notice>Đang tải thư viện…</Notice>}
      {view.kind === 'error' && <Notice kind="error">Không tải được thư viện: {view.message}</Notice>}
      {view.kind === 'ready' && view.items.length === 0 && (
        <p class="empty">Chưa có bài nào được lưu. Mở một bài báo địa phương để Soi Tin phân tích và lưu lại.</p>
      )}
      {view.kind === 'ready' && view.items.length > 0 && (
        <ul class="library__list" aria-label={`${view.items.length} bài đã lưu`}>
          {view.items.map((a) => (
            <LibraryRow key={a.id ?? a.key} item={a} onOpen={open} onDelete={remove} />
          ))}
        </ul>
      )}
    </div>
  );
}

function LibraryRow(props: {
  item: LibraryItem;
  onOpen: (url: string) => void;
  onDelete: (id: number) => Promise<string | undefined>;
}) {
  const a = props.item;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirmDelete = async () => {
    if (a.id === undefined) return;
    const err = await props.onDelete(a.id);
    if (err) {
      setConfirming(false);
      setError(`Không xóa được: ${err}`);
    }
  };

  return (
    <li class="library__item" data-id={a.id}>
      <button type="button" class="link library__title" title={a.url} onClick={() => props.onOpen(a.canonicalUrl ?? a.url)}>
        {a.title || a.url}
      </button>
      <p class="meta">
        {[
          a.site,
          a.published ? formatIsoDateVi(a.published) : undefined,
          a.province,
          `${a.annotationCount ?? 0} chú thích`,
          // Included in the count above; named too because they are the reader's own work.
          a.userAnnotationCount ? `${a.userAnnotationCount} ghi chú của bạn` : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="library__actions">
        {a.id !== undefined && <ExportMenu ids={[a.id]} />}
        {!confirming ? (
          <button type="button" class="danger" aria-label={`Xóa bài: ${a.title}`} onClick={() => setConfirming(true)}>
            Xóa
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Xác nhận xóa">
            <span>Xóa bài này?</span>
            <button type="button" class="danger" onClick={() => void confirmDelete()}>
              Xóa hẳn
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Hủy
            </button>
          </span>
        )}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </li>
  );
}
