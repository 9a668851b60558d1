// Number reading in Vietnamese conventions: "." groups thousands and "," marks decimals ("1.234,5"),
// scale words follow the number ("1,2 triệu", "243 tỷ 609 triệu", "1,2 triệu tỷ"), Roman numerals number
// congresses and terms ("lần thứ XX", "khóa XIV").
import { isDashCode, isDigitCode, nextWords, prevWords, skipWs, type NumTok, type Scan } from './scan';

/**
 * "1.234,5" → 1234.5; "1,2" → 1.2; "15.000" → 15000; "2.5" → 2.5 (English decimal point, seen in copied
 * tables); NaN when the separators fit no number ("30.4.1975" is a dotted date, read by dates.ts).
 */
export function parseViNumber(raw: string): number {
  if (raw.length === 0 || raw.length > MAX_NUMBER_CHARS) return NaN;
  const hasDot = raw.includes('.');
  const hasComma = raw.includes(',');
  let norm: string;
  if (!hasDot && !hasComma) norm = raw;
  else if (hasDot && hasComma) {
    const lastDot = raw.lastIndexOf('.');
    const lastComma = raw.lastIndexOf(',');
    // Whichever comes last is the decimal mark; the other groups thousands.
    const [group, dec] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    if (raw.split(dec).length !== 2) return NaN;
    const [int, frac] = raw.split(dec);
    if (!isGrouped(int, group)) return NaN;
    norm = int.split(group).join('') + '.' + frac;
  } else {
    const sep = hasDot ? '.' : ',';
    const parts = raw.split(sep);
    if (isGrouped(raw, sep) && !(sep === ',' && parts.length === 2)) norm = parts.join('');
    else if (parts.length === 2) norm = parts[0] + '.' + parts[1];
    else return NaN;
  }
  const v = Number(norm);
  return Number.isFinite(v) ? v : NaN;
}

/** Longest digit run we treat as a number: longer runs are codes or garbage, never a reported figure. */
const MAX_NUMBER_CHARS = 24;

/** "1.234.567": first group 1–3 digits, every later group exactly 3. */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length < 2) return /^\d+$/.test(s);
  if (parts[0].length < 1 || parts[0].length > 3) return false;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return false;
  return true;
}

/** Finds every digit run with separators in the folded text, in order. Linear: one pass. */
export function tokenizeNumbers(f: string): NumTok[] {
  const out: NumTok[] = [];
  const n = f.length;
  let i = 0;
  while (i < n) {
    if (!isDigitCode(f.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let e = i;
    let plain = true;
    for (;;) {
      while (e < n && isDigitCode(f.charCodeAt(e))) e++;
      const c = f.charCodeAt(e);
      // A separator belongs to the number only when a digit follows ("2025." ends a sentence).
      if ((c === 46 || c === 44) && e + 1 < n && isDigitCode(f.charCodeAt(e + 1))) {
        plain = false;
        e++;
        continue;
      }
      break;
    }
    const raw = f.slice(s, e);
    out.push({ s, e, raw, value: parseViNumber(raw), plain, hard: false, nameCue: false, weakCue: false, cont: false });
    i = e;
  }
  return out;
}

/** Scale words after a number. "nghìn tỷ" is read as two words multiplying (1e3 × 1e9). */
export const SCALES: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

export interface Amount {
  /** folded start/end of the amount (number + scale words, possibly several groups) */
  s: number;
  e: number;
  value: number;
  /** largest scale multiplier of the first group (1 when no scale word) */
  topScale: number;
  /** index of the last number token used */
  last: number;
}

/** Product of the scale words right after p, and where they end. */
export function readScales(f: string, p: number): { mult: number; e: number } {
  let mult = 1;
  let e = p;
  for (const w of nextWords(f, p, 4)) {
    const m = SCALES[w.w];
    if (m === undefined) break;
    mult *= m;
    e = w.e;
  }
  return { mult, e };
}

/** Rounds away float noise once a scale word made the amount large ("1,2 triệu" → 1200000). */
export function scaled(v: number, mult: number): number {
  return mult > 1 ? Math.round(v * mult) : v;
}

/**
 * Reads "243 tỷ 609 triệu", "1 triệu 200 nghìn", "1,2 triệu tỷ", "15.000" starting at number token i.
 * A later group must carry a smaller scale than the one before, so "5 triệu 3 tỷ" stops after "triệu".
 */
export function readAmount(scan: Scan, i: number): Amount | null {
  const tok = scan.nums[i];
  if (!tok || tok.hard || Number.isNaN(tok.value)) return null;
  const first = readScales(scan.f, tok.e);
  let value = scaled(tok.value, first.mult);
  let e = first.e;
  let groupScale = first.mult;
  let last = i;
  while (groupScale > 1) {
    const p = skipWs(scan.f, e);
    if (p === e) break;
    const j = scan.numAt.get(p);
    if (j === undefined) break;
    const t = scan.nums[j];
    if (t.hard || Number.isNaN(t.value)) break;
    const g = readScales(scan.f, t.e);
    if (g.mult <= 1 || g.mult >= groupScale) break;
    value += scaled(t.value, g.mult);
    e = g.e;
    groupScale = g.mult;
    last = j;
  }
  return { s: tok.s, e, value, topScale: first.mult, last };
}

/**
 * Reads the upper end of a range "A - B <tail>" after the amount `a` ("3-5 tỷ đồng", "10-20ha",
 * "1,5 - 2 triệu người"): `tail` matches what must follow B (a currency, a unit). A bare lower end takes
 * the upper end's scale ("3-5 tỷ" = 3 tỷ to 5 tỷ). Null unless the range is well-formed and increasing.
 */
export function readRangeEnd<T>(
  scan: Scan,
  a: Amount,
  firstValue: number,
  tail: (e: number) => T | null,
): { min: number; max: number; tail: T; start?: number } | null {
  const f = scan.f;
  const d = skipWs(f, a.e);
  let next: number;
  let start: number | undefined;
  if (isDashCode(f.charCodeAt(d))) next = skipWs(f, d + 1);
  else {
    // "từ 220 đến 250 triệu đồng", "từ 18 tới 25 tuổi": one range whose span opens with "từ", as the seed's
    // PERIOD "từ X đến Y" does. Without "từ" ("tăng 50.000 lên 70.000") the two numbers stay apart.
    const to = nextWords(f, a.e, 1)[0];
    const from = prevWords(f, a.s, 1)[0];
    if (!to || to.s !== d || !RANGE_TO.has(to.w) || !from || from.w !== 'từ' || skipWs(f, from.e) !== a.s) return null;
    next = skipWs(f, to.e);
    if (next === to.e) return null;
    start = from.s;
  }
  const j = scan.numAt.get(next);
  if (j === undefined) return null;
  const b = readAmount(scan, j);
  const t = b ? tail(b.e) : null;
  if (!b || !t) return null;
  const min = a.topScale === 1 && b.topScale > 1 ? scaled(firstValue, b.topScale) : a.value;
  if (!(min < b.value)) return null;
  return start === undefined ? { min, max: b.value, tail: t } : { min, max: b.value, tail: t, start };
}

/** Words joining the two ends of a "từ X đến Y" range. */
const RANGE_TO = new Set(['đến', 'tới']);

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** "XIV" → 14 (case-insensitive); 0 when not a well-formed Roman numeral. */
export function romanToInt(s: string): number {
  const low = s.toLowerCase();
  if (low.length === 0 || low.length > 12) return 0;
  let total = 0;
  for (let i = 0; i < low.length; i++) {
    const v = ROMAN[low[i]];
    if (v === undefined) return 0;
    const next = i + 1 < low.length ? ROMAN[low[i + 1]] : 0;
    if (next === undefined) return 0;
    total += v < next ? -v : v;
  }
  // Reject malformed strings ("IIII", "VX", "IL") by writing the value back and comparing.
  return total > 0 && intToRoman(total) === low ? total : 0;
}

function intToRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, r] of table) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
}

/** Spelled ordinal numbers after "thứ": "nhất" 1, "hai" 2, "tư" 4 … "mười" 10. */
export const SPELLED: Record<string, number> = {
  nhất: 1,
  một: 1,
  nhì: 2,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
