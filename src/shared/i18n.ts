// The interface language, shared by the popup, the library page and the page overlay. Soi Tin is made for
// Vietnamese readers, so Vietnamese is the default; English serves researchers who do not read it. Only
// the extension's own words are translated: article text, entity texts and figures stay as printed.
// Pure (no DOM, no extension API): callers pass the browser's languages in.
import { TYPE_STYLES } from '../core/format';
import type { EntityType } from '../core/types';

/** A language the interface is written in. */
export type Lang = 'vi' | 'en';
/** The reader's choice: a language, or 'auto' (follow the browser's preferred languages). */
export type UiLanguage = 'auto' | Lang;

export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

export function isUiLanguage(x: unknown): x is UiLanguage {
  return typeof x === 'string' && (UI_LANGUAGES as readonly string[]).includes(x);
}

/**
 * The language to show. 'auto' picks Vietnamese when the browser lists Vietnamese anywhere among its
 * preferred languages (many Vietnamese readers run an English browser with "vi" second), English when
 * it lists only other languages, and Vietnamese when it says nothing. Anything unknown → Vietnamese.
 */
export function resolveLang(pref: unknown, browserLanguages: readonly string[] = []): Lang {
  if (pref === 'vi' || pref === 'en') return pref;
  if (pref !== 'auto') return DEFAULT_LANG;
  const langs = browserLanguages.filter((l) => typeof l === 'string' && l.length > 0).map((l) => l.toLowerCase());
  if (langs.length === 0) return DEFAULT_LANG;
  return langs.some((l) => l === 'vi' || l.startsWith('vi-')) ? 'vi' : 'en';
}

/** The browser's preferred languages where a navigator exists (popup, content script), else []. */
export function browserLanguages(): string[] {
  const nav = (globalThis as { navigator?: { language?: string; languages?: readonly string[] } }).navigator;
  if (!nav) return [];
  if (nav.languages && nav.languages.length) return [...nav.languages];
  return nav.language ? [nav.language] : [];
}

/** The display label of an entity type ("Người" / "Person"). */
export function typeLabel(type: EntityType, lang: Lang): string {
  const style = TYPE_STYLES[type];
  if (!style) return type;
  return lang === 'en' ? style.en : style.label;
}

/** Labels of the explanation lines the core writes in Vietnamese (format.ts spanDetails), in English. */
const DETAIL_LABELS_EN: Record<string, string> = {
  'Giá trị': 'Value',
  'Ghi chú': 'Note',
  'Viết đầy đủ': 'Stands for',
  'Bổ nghĩa': 'Modifier',
  'Đơn vị cũ': 'Former unit',
  'Đơn vị hành chính': 'Administrative unit',
};

/** The one explanation VALUE that is the extension's own words rather than the article's. */
const DETAIL_VALUES_EN: Record<string, string> = {
  'đơn vị tiền tệ được suy ra': 'currency inferred (not written in the text)',
};

/** A spanDetails() label in the interface language (unknown labels are shown as they are). */
export function detailLabel(label: string, lang: Lang): string {
  return lang === 'en' ? (DETAIL_LABELS_EN[label] ?? label) : label;
}

/** A spanDetails() value in the interface language: only the extension's own phrases change. */
export function detailValue(value: string, lang: Lang): string {
  return lang === 'en' ? (DETAIL_VALUES_EN[value] ?? value) : value;
}
