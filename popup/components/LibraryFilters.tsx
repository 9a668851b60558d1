// The library's search box, province and site filters and sort order. Native inputs and selects with
// visible-to-screen-reader labels, so the whole bar works from the keyboard; Escape in the search box
// clears it (every browser's own clear button is not keyboard reachable).
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { LIBRARY_SORTS, NO_PROVINCE, type FacetCount, type LibraryFilter, type LibrarySort } from '../library-filter';

let filterCounter = 0;

export function LibraryFilters(props: {
  filter: LibraryFilter;
  onChange: (f: LibraryFilter) => void;
  provinces: FacetCount[];
  sites: FacetCount[];
  withoutProvince: number;
  total: number;
  searchRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  const { filter } = props;
  // One id prefix per mounted bar: the popup and a test may render two libraries in one document.
  const [id] = useState(() => `library-filter-${++filterCounter}`);
  const set = (patch: Partial<LibraryFilter>) => props.onChange({ ...filter, ...patch });
  const sortLabel: Record<LibrarySort, string> = {
    analyzed: t.library.sortAnalyzed,
    published: t.library.sortPublished,
    title: t.library.sortTitle,
  };

  return (
    <div class="filters" role="search" aria-label={t.library.filters}>
      <label for={`${id}-q`} class="visually-hidden">
        {t.library.search}
      </label>
      <input
        id={`${id}-q`}
        ref={props.searchRef}
        class="filters__search"
        type="search"
        value={filter.query}
        placeholder={t.library.searchPlaceholder}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filter.query) {
            // Clears the box instead of closing the popup; an empty box lets Escape through.
            e.preventDefault();
            e.stopPropagation();
            set({ query: '' });
          }
        }}
      />
      <div class="filters__row">
        <label class="filters__field">
          <span>{t.library.province}</span>
          <select class="filters__province" value={filter.province} onChange={(e) => set({ province: value(e) })}>
            <option value="">{t.library.all(props.total)}</option>
            {withSelected(props.provinces, filter.province).map((p) => (
              <option key={p.value} value={p.value}>
                {`${p.value} (${p.count})`}
              </option>
            ))}
            {(props.withoutProvince > 0 || filter.province === NO_PROVINCE) && (
              <option value={NO_PROVINCE}>{t.library.noProvince(props.withoutProvince)}</option>
            )}
          </select>
        </label>
        <label class="filters__field">
          <span>{t.library.site}</span>
          <select class="filters__site" value={filter.site} onChange={(e) => set({ site: value(e) })}>
            <option value="">{t.library.all(props.total)}</option>
            {withSelected(props.sites, filter.site).map((s) => (
              <option key={s.value} value={s.value}>
                {`${s.value} (${s.count})`}
              </option>
            ))}
          </select>
        </label>
        <label class="filters__field">
          <span>{t.library.sort}</span>
          <select class="filters__sort" value={filter.sort} onChange={(e) => set({ sort: value(e) as LibrarySort })}>
            {LIBRARY_SORTS.map((s) => (
              <option key={s} value={s}>
                {sortLabel[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

function value(e: Event): string {
  return (e.currentTarget as HTMLSelectElement).value;
}

/**
 * The facet list, plus the selected value with a zero count when it is gone from the library (its last
 * article was deleted): the select must still show what is filtering the list.
 */
function withSelected(facet: FacetCount[], selected: string): FacetCount[] {
  if (!selected || selected === NO_PROVINCE || facet.some((f) => f.value === selected)) return facet;
  return [...facet, { value: selected, count: 0 }];
}
