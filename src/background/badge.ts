// What the toolbar badge says after a save: the province the article is about, in a few letters, or a
// check mark when none dominates. Pure text logic here; platform.action paints it.

/** Badges show about four characters before the browser truncates them. */
const BADGE_MAX = 4;
/** Green: "saved", legible under white badge text. */
export const BADGE_COLOR = '#2a9d8f';
export const BADGE_SAVED = '✓';

/** Unit words in front of a province's name that its short form leaves out. */
const UNIT_PREFIX = /^(tỉnh|thành phố|tp\.?)\s+/iu;

/** "Thanh Hóa" → "TH", "Thành phố Hồ Chí Minh" → "HCM", "Đà Nẵng" → "ĐN"; undefined/empty → "✓". */
export function badgeText(province: string | undefined): string {
  const name = (province ?? '').trim().replace(UNIT_PREFIX, '');
  if (!name) return BADGE_SAVED;
  const initials = name
    .split(/\s+/)
    .map((w) => w.normalize('NFC').charAt(0).toUpperCase())
    .join('');
  return initials.slice(0, BADGE_MAX) || BADGE_SAVED;
}
