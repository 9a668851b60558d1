// Whether a folded syllable is spelt the Vietnamese way: foreign words (Chelsea, Griezmann, Pepsi) are not.
// Shared by the grammar (where a proper name ends) and the candidate pass (typing unexplained names).
// Tone marks only (grave, acute, tilde, hook, dot below); vowel-quality marks (ă â ê ô ơ ư) are kept.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
// One Vietnamese syllable: onset, one to three vowels, an allowed final. Foreign words (Chelsea, Griezmann,
// Wembley, Apple) fail it; short ones (Man, Real) are caught by the other syllables of their run.
const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

const sylCache = new Map<string, boolean>();
/** A folded syllable spelt the Vietnamese way. */
export function isVietSyllable(w: string): boolean {
  let v = sylCache.get(w);
  if (v === undefined) {
    v = VIET_SYLLABLE.test(w.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'));
    if (sylCache.size < 50_000) sylCache.set(w, v);
  }
  return v;
}

