// Cheap language check on a sample of the page: is this Vietnamese? Three signs:
// 1. letters only Vietnamese uses (ă đ ơ ư and the tone-marked vowels of U+1EA0–U+1EF9), against letters
//    with diacritics Vietnamese never uses (ç ñ ř š ü …) and non-Latin scripts (CJK, Arabic, Cyrillic …);
// 2. common Vietnamese words as written ("ông", "trên", "sân"), which settle a short sentence that has no
//    Vietnamese-only letter;
// 3. common Vietnamese syllables compared without diacritics, so unaccented or title-case Vietnamese
//    ("Thanh Hoa Trien Khai Ke Hoach") still passes. Syllables that are also French/English/Czech words
//    (la, va, de, se, ve, to, do) are left out of that list on purpose.

/** Characters of the page looked at. */
export const SAMPLE_CHARS = 5000;
/** Share of letters that are Vietnamese-only for a confident 'vi'. Vietnamese prose runs at 10–25%. */
export const VI_LETTER_SHARE = 0.03;
/** Share of syllables found in the common-syllable list for 'vi' on unaccented text. */
export const COMMON_SYLLABLE_SHARE = 0.25;
/** Share of letters outside the Latin script above which the page is not Vietnamese. */
export const FOREIGN_SCRIPT_SHARE = 0.2;
/** Foreign diacritics (per letter) above which the page is some other Latin-script language. */
export const FOREIGN_DIACRITIC_SHARE = 0.01;

/** Vietnamese letters with diacritics (lower case, NFC); any other accented Latin letter is foreign. */
const VI_ACCENTED = new Set([...'àáâãèéêìíòóôõùúýăđĩũơư']);
const VI_ONLY = new Set([...'ăđơư']);

/** Common syllables without diacritics; chosen so none is an everyday English, French or Czech word. */
const COMMON = new Set(
  `cua duoc nhung nguoi khong cac trong mot nhieu cung viec theo voi nay tinh thanh huyen chinh phat trien
   hien nhat ngay nam dan cho khi nhu tai tren duoi truoc thi rat chung toi tu dong kinh xa hoi quoc gia
   dia phuong quyen dang uy ban bo cong nghe hoc truong nghiep doanh tien gia thuc nhan vien can tham
   huong hanh cach giao thong muc tieu nhiem chuc quan ly tang giam dau dat bao dam yeu cau tich cuc nhung
   nuoc viet ha noi tphcm thang phat dien uong hop quy hoach xay dung an toan benh vien chieu sang toi`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Common Vietnamese words as written, with their marks: a short sentence can carry no letter of VI_ONLY
 * ("Ông Khalil al-Masri nói.", "SLNA thua Becamex trên sân Vinh.") yet be plainly Vietnamese. None of these
 * spellings is a word of another Latin-script language ("là", French, is left out).
 */
const COMMON_MARKED = new Set(
  `của được những người không các trong một nhiều cũng việc với này ông bà chị trên dưới sẽ đã và có tại về
   từ đến nói năm ngày tháng sân đội nhà đồng tỷ triệu xã tỉnh phố thôn bản trước sáng chiều tối hôm`
    .split(/\s+/u)
    .filter(Boolean),
);
/** Share of words in COMMON_MARKED (and at least this many) for 'vi' when no foreign diacritic is seen. */
export const MARKED_WORD_SHARE = 0.2;
export const MIN_MARKED_WORDS = 2;

const LETTER_RE = /\p{L}/u;
const LATIN_RE = /\p{Script=Latin}/u;
const WORD_RE = /\p{L}+/gu;

/** 'vi' when the text reads as Vietnamese, otherwise 'other'. Looks at the first SAMPLE_CHARS characters. */
export function detectLanguage(text: string): 'vi' | 'other' {
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFC').toLowerCase();
  let letters = 0;
  let latin = 0;
  let viOnly = 0;
  let foreignDiacritic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // ASCII fast path (most characters): \p{L} there is exactly A–Z/a–z, all Latin, never counted below.
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
        letters++;
        latin++;
      }
      continue;
    }
    // Whole code point (a surrogate pair is one character), as for-of iteration would give it.
    const ch = c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length ? String.fromCodePoint(sample.codePointAt(i)!) : sample[i];
    i += ch.length - 1;
    if (!LETTER_RE.test(ch)) continue;
    letters++;
    if (!LATIN_RE.test(ch)) continue;
    latin++;
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    if ((code >= 0x1ea0 && code <= 0x1ef9) || VI_ONLY.has(ch)) viOnly++;
    else if (!VI_ACCENTED.has(ch)) foreignDiacritic++;
  }
  if (letters === 0) return 'other';
  if ((letters - latin) / letters > FOREIGN_SCRIPT_SHARE) return 'other';
  if (foreignDiacritic / latin > FOREIGN_DIACRITIC_SHARE && foreignDiacritic >= viOnly) return 'other';
  if (viOnly / latin >= VI_LETTER_SHARE) return 'vi';
  const words = sample.match(WORD_RE) ?? [];
  if (words.length === 0) return 'other';
  // A short text with few Vietnamese-only letters: its common words, as written, settle it.
  if (foreignDiacritic === 0) {
    let marked = 0;
    for (const w of words) if (COMMON_MARKED.has(w)) marked++;
    if (marked >= MIN_MARKED_WORDS && marked / words.length >= MARKED_WORD_SHARE) return 'vi';
  }
  // Few Vietnamese letters: decide on common syllables, diacritics stripped.
  let common = 0;
  for (const w of words) if (COMMON.has(stripMarks(w))) common++;
  return common / words.length >= COMMON_SYLLABLE_SHARE ? 'vi' : 'other';
}

function stripMarks(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}
