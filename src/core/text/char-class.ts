// Per-code-unit answers to "is this a syllable character ([\p{L}\p{M}\p{N}])?", computed once per distinct
// BMP character and kept in a table. Tokenizers ask for every character of the page; a regex exec per
// syllable (or a regex test per character) costs far more than a table read, and the answers are the
// regex's own, so tokens are unchanged.

const SYLLABLE_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** 0 = not yet computed, 1 = syllable character, 2 = not. Index = BMP code unit. */
const bmpTable = new Uint8Array(0x10000);

/**
 * Length (1 or 2 UTF-16 units) of the syllable character starting at `i`, or 0 when the code point there
 * is not a letter, mark or digit. A surrogate pair is one code point, as the `u` regex flag reads it; a
 * lone surrogate is never a syllable character.
 */
export function syllableCharLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return SYLLABLE_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let v = bmpTable[c];
  if (v === 0) {
    v = SYLLABLE_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    bmpTable[c] = v;
  }
  return v === 1 ? 1 : 0;
}
