// The saved articles: search, filter by province and site, sort; open, export, delete (confirmed inline);
// export of what the filters show (the whole library when nothing is filtered) and import.
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatIsoDateVi } from '../../src/core/format';
import { platform } from '../../src/platform';
import { errorText } from '../errors';
import { useLibrary, type LibraryItem } from '../hooks';
import { useT } from '../i18n';
import {
  applyFilter,
  buildIndex,
  countWithoutProvince,
  EMPTY_FILTER,
  isFilterActive,
  provinceFacet,
  siteFacet,
  type LibraryFilter,
} from '../library-filter';
import { ExportMenu } from './ExportMenu';
import { ImportButton } from './ImportButton';
import { LibraryFilters } from './LibraryFilters';
import { Notice } from './Notice';

/** Opens a URL in a new tab (the popup stays usable; the full-tab library keeps its place). */
export function openUrl(url: string): Promise<void> {
  return platform.tabs.open(url);
}

/**
 * Opens a saved article. Only http(s): a stored address comes from a page or an imported file, and must
 * never run as a javascript: (or any other scheme's) link.
 */
export function openArticle(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) return Promise.reject(new Error(`not an http(s) address: ${url.slice(0, 80)}`));
  return openUrl(url);
}

const NO_ITEMS: LibraryItem[] = [];

export function Library(props: { showOpenFull?: boolean }) {
  const t = useT();
  const { view, reload, remove } = useLibrary();
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const searchRef = useRef<HTMLInputElement>(null);

  const items = view.kind === 'ready' ? view.items : NO_ITEMS;
  // Folding every article's text is the costly part: once per list, not per keystroke.
  const index = useMemo(() => buildIndex(items), [items]);
  const shown = useMemo(() => applyFilter(index, filter), [index, filter]);
  const provinces = useMemo(() => provinceFacet(items), [items]);
  const sites = useMemo(() => siteFacet(items), [items]);
  const active = isFilterActive(filter);
  const shownIds = shown.flatMap((a) => (a.id === undefined ? [] : [a.id]));

  const report = (e: unknown) => setError(t.library.cannotOpen(errorText(e)));
  const open = (url: string) => openUrl(url).catch(report);
  const openSaved = (url: string) => openArticle(url).catch(report);
  const clearFilters = () => {
    setFilter((f) => ({ ...EMPTY_FILTER, sort: f.sort }));
    searchRef.current?.focus();
  };

  return (
    <div class="library">
      <div class="toolbar">
        {/* Filtered: exactly the articles on screen; unfiltered: the whole library (no ids). */}
        <ExportMenu
          label={active ? t.library.exportShown(shownIds.length) : t.library.exportAll}
          ids={active ? shownIds : undefined}
          disabled={active && shownIds.length === 0}
        />
        <ImportButton onImported={() => void reload()} />
        {props.showOpenFull && (
          <button type="button" class="link" onClick={() => open(platform.runtimeUrl('popup/library.html'))}>
            {t.library.openFull}
          </button>
        )}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {view.kind === 'loading' && <Notice>{t.library.loading}</Notice>}
      {view.kind === 'error' && <Notice kind="error">{t.library.loadFailed(view.message)}</Notice>}
      {view.kind === 'ready' && items.length === 0 && <p class="empty">{t.library.empty}</p>}
      {view.kind === 'ready' && items.length > 0 && (
        <>
          <LibraryFilters
            filter={filter}
            onChange={setFilter}
            provinces={provinces}
            sites={sites}
            withoutProvince={countWithoutProvince(items)}
            total={items.length}
            searchRef={searchRef}
          />
          {/* Polite status: a screen reader hears how many articles remain as the reader types. */}
          <p class="library__count meta" role="status">
            {active ? t.library.shown(shown.length, items.length) : t.library.list(items.length)}
          </p>
          {shown.length === 0 ? (
            <div class="library__nomatch">
              <p class="empty">{t.library.noMatch}</p>
              <button type="button" onClick={clearFilters}>
                {t.library.clearFilters}
              </button>
            </div>
          ) : (
            <ul class="library__list" aria-label={t.library.list(shown.length)}>
              {shown.map((a) => (
                <LibraryRow key={a.id ?? a.key} item={a} onOpen={openSaved} onDelete={remove} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function LibraryRow(props: {
  item: LibraryItem;
  onOpen: (url: string) => void;
  onDelete: (id: number) => Promise<string | undefined>;
}) {
  const t = useT();
  const a = props.item;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirmDelete = async () => {
    if (a.id === undefined) return;
    const err = await props.onDelete(a.id);
    if (err) {
      setConfirming(false);
      setError(t.library.cannotDelete(err));
    }
  };

  return (
    <li class="library__item" data-id={a.id}>
      {/* The title is the article's own words: Vietnamese whatever the interface language. */}
      <button type="button" class="link library__title" lang="vi" title={a.url} onClick={() => props.onOpen(a.canonicalUrl ?? a.url)}>
        {a.title || a.url}
      </button>
      <p class="meta">
        {[
          a.site,
          a.published ? formatIsoDateVi(a.published) : undefined,
          a.province,
          t.library.annotations(a.annotationCount ?? 0),
          // Included in the count above; named too because they are the reader's own work.
          a.userAnnotationCount ? t.library.yourNotes(a.userAnnotationCount) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="library__actions">
        {a.id !== undefined && <ExportMenu ids={[a.id]} />}
        {!confirming ? (
          <button type="button" class="danger" aria-label={t.library.deleteLabel(a.title)} onClick={() => setConfirming(true)}>
            {t.library.delete}
          </button>
        ) : (
          <span class="confirm" role="group" aria-label={t.library.confirmGroup}>
            <span>{t.library.confirm}</span>
            <button type="button" class="danger" onClick={() => void confirmDelete()}>
              {t.library.deleteForGood}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t.library.cancel}
            </button>
          </span>
        )}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </li>
  );
}
