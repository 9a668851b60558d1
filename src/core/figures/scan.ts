// Shared scanning state and cursor helpers for the figures recognizer. Everything works on the folded copy
// (NFC, lower case, one tone placement) with plain index walks: no backtracking regexes, so the cost is
// linear in the text whatever the input (5 MB of digits, emoji, lone surrogates).
import type { EntityType } from '../types';
import { foldKey } from '../text/normalize';

/** One run of digits with Vietnamese separators ("1.234,5", "25", "2.2024"). Indices are in the folded copy. */
export interface NumTok {
  s: number;
  e: number;
  raw: string;
  /** parsed value (NaN when the separators make no number, e.g. "30.4.1975") */
  value: number;
  /** true for a bare integer without separators ("2025", "25") */
  plain: boolean;
  /** an identifier or clock time: never the start or part of a figure (document number, plate, "10h30", phone) */
  hard: boolean;
  /** name cue before it ("Điều 48", "lớp 12", "quận 1"): no money/quantity/date starts here */
  nameCue: boolean;
  /** weak name cue before it ("Đội 3", "tổ 5"): a figure only if a unit or currency follows */
  weakCue: boolean;
  /** directly attached to a previous number by "/", "-", ":" or "." ("11" in "25/11"): not a start */
  cont: boolean;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface Scan {
  /** folded copy */
  f: string;
  /** original text */
  orig: string;
  toOrig: Int32Array;
  nums: NumTok[];
  /** folded start index → index in nums */
  numAt: NumIndex;
  published?: Ymd;
}

/** A figure before overlap resolution; offsets in the folded copy. */
export interface Cand {
  s: number;
  e: number;
  type: EntityType;
  value?: number | string;
  valueMin?: number;
  valueMax?: number;
  of?: number;
  currency?: string;
  inferredCurrency?: boolean;
  unit?: string;
  per?: string;
  qualifier?: string;
  /** breaks ties between equally long candidates (higher wins) */
  prio: number;
}

/** Folded start index → number token index, as a flat array (faster than a Map on number-dense pages). */
export class NumIndex {
  private readonly at: Int32Array;
  constructor(length: number, nums: readonly NumTok[]) {
    this.at = new Int32Array(length + 1);
    for (let k = 0; k < nums.length; k++) this.at[nums[k].s] = k + 1;
  }
  get(i: number): number | undefined {
    const v = i >= 0 && i < this.at.length ? this.at[i] : 0;
    return v === 0 ? undefined : v - 1;
  }
}

const LETTER_RE = /[\p{L}\p{M}]/u;

/** Letters (and combining marks) of any script; digits, punctuation and surrogate halves are not. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (!(c >= 0 && c <= 0xffff)) return false; // NaN past the end of the text
  let k = LETTER_CACHE[c];
  if (k === 0) {
    k = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_CACHE[c] = k;
  }
  return k === 1;
}

/** Per BMP code unit: 0 unknown, 1 letter, 2 not a letter (the Unicode regex is slow per call). */
const LETTER_CACHE = new Uint8Array(0x10000);

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Horizontal space only: figures never run across a line break. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b;
}

export function isDashCode(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2212;
}

export function skipWs(f: string, i: number): number {
  while (i < f.length && isSpaceCode(f.charCodeAt(i))) i++;
  return i;
}

/** Moves left over horizontal spaces; `i` is an exclusive end, the result too. */
export function skipWsBack(f: string, i: number): number {
  while (i > 0 && isSpaceCode(f.charCodeAt(i - 1))) i--;
  return i;
}

export interface Word {
  s: number;
  e: number;
  w: string;
}

/** The letter run that starts exactly at i, or null. */
export function wordAt(f: string, i: number): Word | null {
  let e = i;
  while (e < f.length && isLetterCode(f.charCodeAt(e))) e++;
  return e > i ? { s: i, e, w: f.slice(i, e) } : null;
}

/** Up to k words after i, separated by spaces only (stops at any digit or punctuation). */
export function nextWords(f: string, i: number, k: number): Word[] {
  const out: Word[] = [];
  let p = i;
  while (out.length < k) {
    const q = skipWs(f, p);
    const w = wordAt(f, q);
    if (!w) break;
    // A word must start at a boundary: "5g" attached is read by the caller, not here, after the first word.
    if (out.length > 0 && q === p) break;
    out.push(w);
    p = w.e;
  }
  return out;
}

/** Up to k words before i (nearest first), separated by spaces only. */
export function prevWords(f: string, i: number, k: number): Word[] {
  const out: Word[] = [];
  let p = i;
  while (out.length < k) {
    const e = skipWsBack(f, p);
    let s = e;
    while (s > 0 && isLetterCode(f.charCodeAt(s - 1))) s--;
    if (s === e) break;
    out.push({ s, e, w: f.slice(s, e) });
    p = s;
  }
  return out;
}

/** A set of folded phrases (one or more words) looked up word by word. */
export interface PhraseSet {
  set: Set<string>;
  maxWords: number;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const set = new Set<string>();
  let maxWords = 1;
  for (const p of phrases) {
    const k = foldKey(p).trim().split(/\s+/).join(' ');
    set.add(k);
    maxWords = Math.max(maxWords, k.split(' ').length);
  }
  return { set, maxWords };
}

export interface PhraseHit {
  phrase: string;
  s: number;
  e: number;
}

/** Longest phrase of the set made of the words right after i (spaces allowed before the first). */
export function phraseAfter(f: string, i: number, ps: PhraseSet): PhraseHit | null {
  const ws = nextWords(f, i, ps.maxWords);
  for (let n = ws.length; n >= 1; n--) {
    const phrase = ws
      .slice(0, n)
      .map((w) => w.w)
      .join(' ');
    if (ps.set.has(phrase)) return { phrase, s: ws[0].s, e: ws[n - 1].e };
  }
  return null;
}

/** Longest phrase of the set made of the words right before i. */
export function phraseBefore(f: string, i: number, ps: PhraseSet): PhraseHit | null {
  const ws = prevWords(f, i, ps.maxWords);
  for (let n = ws.length; n >= 1; n--) {
    const phrase = ws
      .slice(0, n)
      .reverse()
      .map((w) => w.w)
      .join(' ');
    if (ps.set.has(phrase)) return { phrase, s: ws[n - 1].s, e: ws[0].e };
  }
  return null;
}

/** Original text of a folded range. */
export function origSlice(scan: Scan, s: number, e: number): string {
  const os = scan.toOrig[s];
  const oe = e >= scan.toOrig.length - 1 ? scan.toOrig[scan.toOrig.length - 1] : scan.toOrig[e];
  return scan.orig.slice(os, Math.max(os, oe));
}

/** The original character behind folded index i (to test case: Roman numerals, lower-case nouns). */
export function origCharAt(scan: Scan, i: number): string {
  return scan.orig.charAt(scan.toOrig[i]);
}

/** True when the original text of a folded range has no upper-case letter at its start. */
export function startsLower(scan: Scan, s: number): boolean {
  const c = origCharAt(scan, s);
  return c === c.toLowerCase();
}
