// The reader's options and their defaults. Pure (no extension API) so the background, the popup and the
// tests share one sanitiser; src/platform/index.ts stores them.
import { ENTITY_TYPES, type EntityType } from '../core/types';
import { isUiLanguage, type UiLanguage } from '../shared/i18n';

export interface Options {
  /** Sentences in the summary; the core accepts 1..7. */
  summaryLength: number;
  /** Entity types painted on the page and listed in the popup. */
  visibleTypes: EntityType[];
  /**
   * Interface language of the popup, the library and the page overlay. Absent = Vietnamese (the default;
   * see src/shared/i18n.ts resolveLang); 'auto' follows the browser's preferred languages.
   */
  uiLanguage?: UiLanguage;
}

export const SUMMARY_LENGTH_MIN = 1;
export const SUMMARY_LENGTH_MAX = 7;
/** Three sentences: enough for the gist of a provincial news item, short enough to read in the popup. */
export const SUMMARY_LENGTH_DEFAULT = 3;

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  summaryLength: SUMMARY_LENGTH_DEFAULT,
  visibleTypes: [...ENTITY_TYPES],
});

/**
 * Whatever is in storage (missing, from an older version, hand-edited) → valid options: out-of-range
 * lengths are clamped, unknown types dropped, missing fields defaulted.
 */
export function sanitizeOptions(raw: unknown): Options {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  let summaryLength = SUMMARY_LENGTH_DEFAULT;
  if (typeof o.summaryLength === 'number' && Number.isFinite(o.summaryLength)) {
    summaryLength = Math.min(SUMMARY_LENGTH_MAX, Math.max(SUMMARY_LENGTH_MIN, Math.round(o.summaryLength)));
  }
  const visibleTypes = Array.isArray(o.visibleTypes)
    ? ENTITY_TYPES.filter((t) => (o.visibleTypes as unknown[]).includes(t))
    : [...ENTITY_TYPES];
  // Only a valid stored choice is kept; leaving it out keeps older stored options exactly as they were.
  return isUiLanguage(o.uiLanguage) ? { summaryLength, visibleTypes, uiLanguage: o.uiLanguage } : { summaryLength, visibleTypes };
}
