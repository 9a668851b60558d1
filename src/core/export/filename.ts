// File names for exports: "soitin-2025-11-27.json" for a library, "soitin-<title-slug>.md" for one article.

/** Longest slug kept: file names stay readable and well under every file system's limit. */
const SLUG_MAX = 60;

/** "Phó Bí thư … Hà Trung, Tống Sơn" → "pho-bi-thu-…-ha-trung-tong-son": ASCII, no diacritics. */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= SLUG_MAX) return ascii;
  const cut = ascii.slice(0, SLUG_MAX);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > SLUG_MAX / 2 ? cut.slice(0, lastDash) : cut;
}

/** Local calendar date (the reader's day, not UTC's) as YYYY-MM-DD. */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** One article → its title's slug; several (or an untitled one) → the export date. */
export function exportFilename(titles: readonly string[], ext: string, now: Date): string {
  const slug = titles.length === 1 ? slugify(titles[0]) : '';
  return `soitin-${slug || localDate(now)}.${ext}`;
}
