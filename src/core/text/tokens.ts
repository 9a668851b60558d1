// Syllable tokens: Vietnamese writes one syllable per space-separated unit, so "runs of letters and digits"
// is the right unit for similarity, ROUGE-style overlap and cheap language checks. Combining marks (\p{M})
// stay inside a run so text that is not yet NFC still tokenizes into whole syllables.
import { foldKey } from './normalize';

export interface Syllable {
  start: number;
  end: number;
  /** NFC, lower case, one tone placement (see foldKey): the form to compare. */
  text: string;
}

const SYLLABLE_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** Every run of letters/digits in `text`, with offsets into `text` and its folded (NFC lower-case) form. */
export function syllables(text: string): Syllable[] {
  const out: Syllable[] = [];
  SYLLABLE_RE.lastIndex = 0;
  for (let m = SYLLABLE_RE.exec(text); m; m = SYLLABLE_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: foldKey(m[0]) });
  }
  return out;
}

/** Only the folded forms (cheaper when offsets are not needed). */
export function syllableForms(text: string): string[] {
  const out: string[] = [];
  SYLLABLE_RE.lastIndex = 0;
  for (let m = SYLLABLE_RE.exec(text); m; m = SYLLABLE_RE.exec(text)) out.push(foldKey(m[0]));
  return out;
}

const DIGIT_RE = /\p{N}/u;

/** True for a token that carries a figure ("2025", "243", "8,5" splits into "8" and "5"). */
export function isNumberToken(form: string): boolean {
  return DIGIT_RE.test(form);
}
