// The popup's and library page's own words in Vietnamese (default) and English, and the context that
// carries the reader's language to every component. The English dictionary is typed as the Vietnamese
// one, so a missing translation is a type error, not a blank button. Article text is never translated.
import { createContext, h, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { formatNumberVi } from '../src/core/format';
import type { EntityType } from '../src/core/types';
import { platform } from '../src/platform';
import { browserLanguages, resolveLang, typeLabel, type Lang, type UiLanguage } from '../src/shared/i18n';
import type { ExportFormat } from '../src/shared/messages';
import type { ImportResult } from '../src/shared/records';

const vi = {
  lang: 'vi' as Lang,
  type: (t: EntityType) => typeLabel(t, 'vi'),
  number: (n: number) => formatNumberVi(n),
  app: {
    sections: 'Mục',
    tabs: { page: 'Trang này', library: 'Thư viện', options: 'Tùy chọn' },
  },
  page: {
    reading: 'Đang đọc trang…',
    analyzing: 'Đang phân tích trang…',
    unanalyzed: 'Trang này chưa được phân tích (không phải trang báo quen thuộc, hoặc tiện ích chưa chạy trên trang).',
    analyze: 'Phân tích trang này',
    retry: 'Thử lại',
    analyzeAnyway: 'Vẫn thử phân tích',
    notArticle: 'Trang này không phải là một bài báo, nên không có gì để phân tích.',
    notVietnamese: 'Bài này không viết bằng tiếng Việt; Soi Tin chỉ phân tích báo tiếng Việt.',
    noAnswer: 'Trang không trả lời kịp. Hãy tải lại trang rồi thử lại.',
    noTab: 'Không tìm thấy thẻ đang mở.',
    refused: 'Không phân tích được trang này.',
    cannotScroll: (e: string) => `Không cuộn được tới đoạn này: ${e}`,
    noteDeleted: 'Đã xóa ghi chú.',
    cannotDeleteNote: (e: string) => `Không xóa được ghi chú: ${e}`,
    copied: 'Đã sao chép tóm tắt.',
    cannotCopy: (e: string) => `Không sao chép được: ${e}`,
    cannotSaveOptions: (e: string) => `Không lưu được tùy chọn: ${e}`,
    pageRefused: (e: string) => `Trang không nhận lệnh: ${e}`,
    provincial: 'Tin địa phương',
    score: (s: string) => `(điểm ${s})`,
    summary: 'Tóm tắt',
    copySummary: 'Sao chép tóm tắt',
    yourNotes: 'Ghi chú của bạn',
    entities: 'Thực thể',
    figures: 'Số liệu',
    display: 'Hiển thị',
  },
  summary: {
    empty: 'Không có câu tóm tắt.',
    list: 'Các câu tóm tắt',
    scrollTo: 'Cuộn tới câu này trong bài',
  },
  entities: {
    empty: 'Không tìm thấy thực thể nào.',
    byType: 'Thực thể theo loại',
    chip: (label: string, mentions: number, distinct: number) => `${label}: ${mentions} lần, ${distinct} mục khác nhau`,
    inArticle: (label: string) => `${label} trong bài`,
    times: (n: number) => `${n} lần`,
  },
  figures: {
    empty: 'Không có số liệu.',
    caption: 'Số liệu trong bài',
    inText: 'Trong bài',
    type: 'Loại',
    value: 'Giá trị',
    scrollTo: 'Cuộn tới số liệu này',
  },
  toggles: { legend: 'Tô màu trên trang' },
  notes: {
    empty: 'Chưa có. Chọn một đoạn trong bài rồi bấm “Tô sáng” hoặc “Ghi chú”.',
    list: 'Ghi chú của bạn',
    scrollTo: 'Cuộn tới đoạn này trong bài',
    orphan: 'không tìm thấy trên trang',
    confirmGroup: 'Xác nhận xóa ghi chú',
    confirm: 'Xóa ghi chú này?',
    delete: 'Xóa',
    cancel: 'Hủy',
    deleteLabel: (text: string) => `Xóa ghi chú “${text}”`,
  },
  export: {
    format: 'Định dạng xuất',
    run: 'Xuất',
    hints: {
      json: 'Sao lưu đầy đủ, nhập lại được',
      csv: 'Mở bằng Excel',
      md: 'Văn bản đọc được',
      webanno: 'Chuẩn W3C Web Annotation (JSON-LD)',
    } as Record<ExportFormat, string>,
    invalid: 'Nhận được tệp xuất không hợp lệ.',
    failed: (e: string) => `Không xuất được: ${e}`,
  },
  import: {
    button: 'Nhập từ JSON…',
    inputLabel: 'Nhập thư viện từ tệp JSON',
    tooLarge: 'Tệp quá lớn để nhập.',
    busy: 'Đang nhập…',
    failed: (e: string) => `Không nhập được: ${e}`,
    done: 'Đã nhập xong.',
    summary: (r: ImportResult) =>
      `Đã nhập ${r.articles} bài (${r.created} bài mới, ${r.merged} bài gộp), thêm ${r.annotationsAdded} chú thích.`,
  },
  library: {
    pageTitle: 'Thư viện Soi Tin',
    exportAll: 'Xuất tất cả',
    exportShown: (n: number) => `Xuất ${n} bài đang hiển thị`,
    openFull: 'Mở thư viện trong thẻ mới',
    cannotOpen: (e: string) => `Không mở được: ${e}`,
    loading: 'Đang tải thư viện…',
    loadFailed: (e: string) => `Không tải được thư viện: ${e}`,
    empty: 'Chưa có bài nào được lưu. Mở một bài báo địa phương để Soi Tin phân tích và lưu lại.',
    list: (n: number) => `${n} bài đã lưu`,
    annotations: (n: number) => `${n} chú thích`,
    yourNotes: (n: number) => `${n} ghi chú của bạn`,
    delete: 'Xóa',
    deleteLabel: (title: string) => `Xóa bài: ${title}`,
    confirmGroup: 'Xác nhận xóa',
    confirm: 'Xóa bài này?',
    deleteForGood: 'Xóa hẳn',
    cancel: 'Hủy',
    cannotDelete: (e: string) => `Không xóa được: ${e}`,
    // Search and filters.
    filters: 'Tìm và lọc',
    search: 'Tìm trong thư viện',
    searchPlaceholder: 'Tìm theo tiêu đề, trang, nội dung…',
    province: 'Tỉnh/thành',
    site: 'Trang báo',
    all: (n: number) => `Tất cả (${n})`,
    noProvince: (n: number) => `Không rõ tỉnh (${n})`,
    sort: 'Sắp xếp theo',
    // Newest first for the two dates; short, the popup gives each select a third of 400 px.
    sortAnalyzed: 'Ngày phân tích',
    sortPublished: 'Ngày đăng',
    sortTitle: 'Tiêu đề (A–Z)',
    shown: (shown: number, total: number) => `Đang hiển thị ${shown}/${total} bài`,
    noMatch: 'Không có bài nào khớp với tìm kiếm và bộ lọc.',
    clearFilters: 'Xóa bộ lọc',
  },
  site: {
    alwaysRun: (host: string) => `Luôn chạy trên ${host}`,
    alwaysRunHint: 'Trình duyệt sẽ hỏi bạn có cho Soi Tin đọc các trang của trang web này không.',
    refused: 'Bạn chưa cho phép, nên Soi Tin sẽ không tự chạy trên trang web này. Vẫn có thể bấm “Phân tích trang này”.',
    failed: (e: string) => `Không bật được: ${e}`,
    added: (host: string) => `Đã bật: Soi Tin sẽ tự chạy trên ${host}.`,
    addedReload: (host: string) => `Đã bật cho ${host}. Tải lại trang để Soi Tin chạy.`,
    heading: 'Trang bạn đã thêm',
    hint: 'Ngoài các trang báo có sẵn, Soi Tin tự chạy trên những trang web bạn thêm ở đây.',
    empty: 'Chưa có trang nào. Trên một trang web khác, mở Soi Tin và bấm “Luôn chạy trên …”.',
    loading: 'Đang tải danh sách trang…',
    loadFailed: (e: string) => `Không tải được danh sách trang: ${e}`,
    remove: 'Gỡ',
    removeLabel: (host: string) => `Gỡ ${host}`,
    removed: (host: string) => `Đã gỡ ${host}.`,
    cannotRemove: (e: string) => `Không gỡ được: ${e}`,
  },
  options: {
    loadFailed: (e: string) => `Không đọc được tùy chọn: ${e}`,
    loading: 'Đang tải tùy chọn…',
    saveFailed: (e: string) => `Không lưu được: ${e}`,
    saved: 'Đã lưu.',
    summaryLength: 'Số câu tóm tắt',
    sentences: (n: number) => `${n} câu`,
    appliesNext: 'Áp dụng cho các lần phân tích sau (tải lại trang để thấy thay đổi).',
    shortcuts: 'Phím tắt',
    does: { 'open-popup': 'Mở cửa sổ Soi Tin', 'toggle-highlights': 'Ẩn/hiện mọi tô sáng và bảng chú giải trên trang' },
    rebind: 'Đổi phím tắt: Chrome — chrome://extensions/shortcuts; Firefox — about:addons → ⚙ → Quản lý phím tắt.',
    menu: 'Chuột phải: “Soi Tin: phân tích trang này”; trên đoạn đã chọn: tô sáng hoặc ghi chú.',
  },
  language: {
    label: 'Ngôn ngữ giao diện / Interface language',
    auto: 'Tự động (theo trình duyệt)',
    vi: 'Tiếng Việt',
    en: 'English',
    saved: 'Đã lưu.',
    failed: (e: string) => `Không lưu được: ${e}`,
  },
};

export type Messages = typeof vi;

const en: Messages = {
  lang: 'en',
  type: (t) => typeLabel(t, 'en'),
  number: (n) => String(n),
  app: {
    sections: 'Sections',
    tabs: { page: 'This page', library: 'Library', options: 'Options' },
  },
  page: {
    reading: 'Reading the page…',
    analyzing: 'Analysing the page…',
    unanalyzed: 'This page has not been analysed (not a known news site, or the extension has not run on it).',
    analyze: 'Analyse this page',
    retry: 'Try again',
    analyzeAnyway: 'Analyse anyway',
    notArticle: 'This page is not a news article, so there is nothing to analyse.',
    notVietnamese: 'This article is not in Vietnamese; Soi Tin only analyses Vietnamese news.',
    noAnswer: 'The page did not answer in time. Reload it and try again.',
    noTab: 'No open tab found.',
    refused: 'This page could not be analysed.',
    cannotScroll: (e) => `Could not scroll to this passage: ${e}`,
    noteDeleted: 'Note deleted.',
    cannotDeleteNote: (e) => `Could not delete the note: ${e}`,
    copied: 'Summary copied.',
    cannotCopy: (e) => `Could not copy: ${e}`,
    cannotSaveOptions: (e) => `Could not save the options: ${e}`,
    pageRefused: (e) => `The page did not take the command: ${e}`,
    provincial: 'Provincial news',
    score: (s) => `(score ${s})`,
    summary: 'Summary',
    copySummary: 'Copy summary',
    yourNotes: 'Your notes',
    entities: 'Entities',
    figures: 'Figures',
    display: 'Display',
  },
  summary: {
    empty: 'No summary sentences.',
    list: 'Summary sentences',
    scrollTo: 'Scroll to this sentence in the article',
  },
  entities: {
    empty: 'No entities found.',
    byType: 'Entities by type',
    chip: (label, mentions, distinct) => `${label}: ${mentions} mentions, ${distinct} distinct`,
    inArticle: (label) => `${label} in the article`,
    times: (n) => (n === 1 ? 'once' : `${n} times`),
  },
  figures: {
    empty: 'No figures.',
    caption: 'Figures in the article',
    inText: 'In the text',
    type: 'Type',
    value: 'Value',
    scrollTo: 'Scroll to this figure',
  },
  toggles: { legend: 'Highlight on the page' },
  notes: {
    empty: 'None yet. Select a passage in the article, then press “Tô sáng” (highlight) or “Ghi chú” (note).',
    list: 'Your notes',
    scrollTo: 'Scroll to this passage in the article',
    orphan: 'not found on the page',
    confirmGroup: 'Confirm deleting the note',
    confirm: 'Delete this note?',
    delete: 'Delete',
    cancel: 'Cancel',
    deleteLabel: (text) => `Delete note “${text}”`,
  },
  export: {
    format: 'Export format',
    run: 'Export',
    hints: {
      json: 'Full backup, can be imported again',
      csv: 'Opens in Excel',
      md: 'Readable text',
      webanno: 'W3C Web Annotation standard (JSON-LD)',
    },
    invalid: 'The export file received is not valid.',
    failed: (e) => `Could not export: ${e}`,
  },
  import: {
    button: 'Import from JSON…',
    inputLabel: 'Import a library from a JSON file',
    tooLarge: 'The file is too large to import.',
    busy: 'Importing…',
    failed: (e) => `Could not import: ${e}`,
    done: 'Import finished.',
    summary: (r) =>
      `Imported ${r.articles} articles (${r.created} new, ${r.merged} merged), added ${r.annotationsAdded} annotations.`,
  },
  library: {
    pageTitle: 'Soi Tin library',
    exportAll: 'Export all',
    exportShown: (n) => `Export the ${n} article${n === 1 ? '' : 's'} shown`,
    openFull: 'Open the library in a new tab',
    cannotOpen: (e) => `Could not open: ${e}`,
    loading: 'Loading the library…',
    loadFailed: (e) => `Could not load the library: ${e}`,
    empty: 'No saved articles yet. Open a provincial news article for Soi Tin to analyse and save it.',
    list: (n) => `${n} saved article${n === 1 ? '' : 's'}`,
    annotations: (n) => `${n} annotation${n === 1 ? '' : 's'}`,
    yourNotes: (n) => `${n} of your notes`,
    delete: 'Delete',
    deleteLabel: (title) => `Delete article: ${title}`,
    confirmGroup: 'Confirm deletion',
    confirm: 'Delete this article?',
    deleteForGood: 'Delete for good',
    cancel: 'Cancel',
    cannotDelete: (e) => `Could not delete: ${e}`,
    filters: 'Search and filter',
    search: 'Search the library',
    searchPlaceholder: 'Search titles, sites, article text…',
    province: 'Province',
    site: 'News site',
    all: (n) => `All (${n})`,
    noProvince: (n) => `Province unknown (${n})`,
    sort: 'Sort by',
    sortAnalyzed: 'Date analysed',
    sortPublished: 'Date published',
    sortTitle: 'Title (A–Z)',
    shown: (shown, total) => `Showing ${shown} of ${total} articles`,
    noMatch: 'No article matches the search and filters.',
    clearFilters: 'Clear filters',
  },
  site: {
    alwaysRun: (host) => `Always run on ${host}`,
    alwaysRunHint: 'Your browser will ask whether Soi Tin may read the pages of this website.',
    refused: 'Permission not given, so Soi Tin will not run on this website by itself. You can still press “Analyse this page”.',
    failed: (e) => `Could not turn it on: ${e}`,
    added: (host) => `Done: Soi Tin will run on ${host} by itself.`,
    addedReload: (host) => `Turned on for ${host}. Reload the page for Soi Tin to run.`,
    heading: 'Sites you added',
    hint: 'Besides the built-in news sites, Soi Tin runs by itself on the websites you add here.',
    empty: 'None yet. On another website, open Soi Tin and press “Always run on …”.',
    loading: 'Loading the sites…',
    loadFailed: (e) => `Could not load the sites: ${e}`,
    remove: 'Remove',
    removeLabel: (host) => `Remove ${host}`,
    removed: (host) => `Removed ${host}.`,
    cannotRemove: (e) => `Could not remove: ${e}`,
  },
  options: {
    loadFailed: (e) => `Could not read the options: ${e}`,
    loading: 'Loading the options…',
    saveFailed: (e) => `Could not save: ${e}`,
    saved: 'Saved.',
    summaryLength: 'Sentences in the summary',
    sentences: (n) => `${n} sentence${n === 1 ? '' : 's'}`,
    appliesNext: 'Applies to the next analyses (reload the page to see the change).',
    shortcuts: 'Keyboard shortcuts',
    does: { 'open-popup': 'Open the Soi Tin window', 'toggle-highlights': 'Hide/show every highlight and the legend on the page' },
    rebind: 'Change a shortcut: Chrome — chrome://extensions/shortcuts; Firefox — about:addons → ⚙ → Manage Extension Shortcuts.',
    menu: 'Right-click: “Soi Tin: phân tích trang này” (analyse this page); on selected text: highlight or add a note. The menu items are in Vietnamese.',
  },
  language: {
    label: 'Interface language / Ngôn ngữ giao diện',
    auto: 'Automatic (browser language)',
    vi: 'Tiếng Việt',
    en: 'English',
    saved: 'Saved.',
    failed: (e) => `Could not save: ${e}`,
  },
};

export const MESSAGES: Record<Lang, Messages> = { vi, en };

interface LangState {
  /** The reader's stored choice (undefined until loaded, or never chosen). */
  pref: UiLanguage | undefined;
  lang: Lang;
  /** Stores a new choice; resolves to an error message or undefined. */
  choose: (pref: UiLanguage) => Promise<string | undefined>;
}

const LangContext = createContext<LangState>({
  pref: undefined,
  lang: 'vi',
  choose: async () => undefined,
});

/**
 * Loads the reader's language from the stored options and gives it to everything below. Until the options
 * arrive (one storage read) the default language shows; a failed read keeps it, the popup still works.
 * `initial` lets tests and callers that already know the choice skip the wait.
 */
export function LanguageProvider(props: { children: ComponentChildren; initial?: UiLanguage }) {
  const [pref, setPref] = useState<UiLanguage | undefined>(props.initial);

  useEffect(() => {
    if (props.initial) return;
    let alive = true;
    Promise.resolve()
      .then(() => platform.storage.getOptions())
      .then((o) => {
        if (alive && o?.uiLanguage) setPref(o.uiLanguage);
      })
      .catch(() => undefined);
    return () => void (alive = false);
  }, [props.initial]);

  const choose = useCallback(async (next: UiLanguage) => {
    setPref(next);
    try {
      await platform.storage.setOptions({ uiLanguage: next });
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, []);

  const lang = resolveLang(pref, browserLanguages());
  useEffect(() => {
    // Screen readers pick their voice from lang; the page title follows the interface too.
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(() => ({ pref, lang, choose }), [pref, lang, choose]);
  return h(LangContext.Provider, { value }, props.children);
}

/** The dictionary of the current language (Vietnamese outside a LanguageProvider). */
export function useT(): Messages {
  return MESSAGES[useContext(LangContext).lang];
}

/** The language state, for the language selector. */
export function useLanguage(): LangState {
  return useContext(LangContext);
}
